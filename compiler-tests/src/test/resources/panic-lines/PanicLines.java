/**
 * Runtime errors whose failing expression spans lines, one per case (run as {@code PanicLines <case>}):
 * the native panic must name the line the JVM's stack trace names (PanicLinesTest). That line comes from
 * javac's line table, which starts entries only at statements, loop conditions, method invocations (at
 * their '(' after the arguments) and the operands of a conditional used as a value, so the line is often
 * not the one of the failing operator, '.', '[' or cast.
 */
public class PanicLines {
    static int z = 0, one = 1, big = 7;
    static long lz = 0;
    static int[] arr = {1, 2, 3};
    static int[][] m = {{1}, {2}};
    static Object box = new Box();
    static String str = null;
    static Box nb = null;
    static I ni = null;
    static E ne = null;
    static PanicLines outer = null;

    interface I { int m(); }
    enum E { A, B }
    static class Box { int v; int[] a; Box next; Box self() { return this; } Box nul() { return null; } int get() { return v; } int two(int x, int y) { return x + y; } }
    static class Sub extends Box { }
    class Inner { }
    static class Ctor { Ctor(int x) { } }
    static class FieldInit { int q = big
            / z; }
    static class ModifierInit { private
        int q = big / z; }

    static int zero() { return 0; }
    static int idx() { return 5; }
    static int neg() { return -1; }
    static int g(int a) { return a; }
    static int f(int a, int b) { return a + b; }
    static boolean t() { return true; }
    static Object id(Object o) { return o; }
    static int divide(int x, int y) {
        return x
            / y;
    }

    static void c1() { int r = big
            / z; }
    static void c2() { int r = big
            /
            z; }
    static void c3() { int r = g(big)
            / g(z); }
    static void c4() { int r = g(big) /
            z; }
    static void c5() { long x = 5; long r = x
            % lz; }
    static void c6() { int r = 4; r
            /= z; }
    static void c7() { int r = 4; r /=
            g(z); }
    static void c8() { arr[0]
            %= z; }
    static void c9() { int v = nb
            .v; }
    static void c10() { Box b = new Box(); int v = b
            .nul()
            .v; }
    static void c11() { nb
            .get(); }
    static void c12() { nb.two(
            1,
            2); }
    static void c13() { Box b = new Box(); b.self()
            .nul()
            .get(); }
    static void c14() { int v = arr
            [big]; }
    static void c15() { int v = arr[
            idx()]; }
    static void c16() { int v = m[one]
            [big]; }
    static void c17() { int v = m[one]
            [idx()]; }
    static void c18() { String s = (String)
            box; }
    static void c19() { Object o = id((String)
            id(box)); }
    static void c20() { int r = t()
            ? big
              / z
            : 1; }
    static void c21() { int r = (t() ? 1 :
            2) / z; }
    static void c22() { int r = (t() ? 1 : 2)
            / z; }
    static void c23() { String s = "a" +
            arr[big]; }
    static void c24() { int[] a = new int
            [neg()]; }
    static void c25() { int n = -1; int[] a = new int[
            n]; }
    static void c26() { Object[] os = new Sub[1]; os[0] =
            new Box(); }
    static void c27() { Object[] os = new Sub[1]; os[0] =
            id(new Box()); }
    static void c28() { for (int i = 0; i
            < arr[i + 1]; i++) { } }
    static void c29() { int i = 0; while (
            arr[i] > 0) i++; }
    static void c30() { if (arr
            [big] > 0) { } }
    static void c31() { int k = 1; int r = switch (k) {
            case 1 -> 5;
            default -> 6;
        } / z; }
    static void c32() { int[] a = null; for (int x :
            a) { } }
    static void c33() { arr
            [big]++; }
    static void c34() { f(1,
            big / z); }
    static void c35() { f(
            g(1), big
            / z); }
    static void c36() { g(
            big / z); }
    static void c37() { int
            r = big / z; }
    static void c38() { new Ctor(
            big / z); }
    static void c39() { int[] a = null; int n = a
            .length; }
    static void c40() { int n = str
            .length(); }
    static void c41() { ni
            .m(); }
    static void c42() { if (t() ? arr[big] > 0 :
            false) { } }
    static void c43() { int n = -1; int[][] a = new int[2]
            [n]; }
    static void c44() { int[] a = {
            big / z }; }
    static void c45() { int i = 0; do { i++; } while
            (arr[i] > 0); }
    static void c46() { for (int i = 0; i < 3; i = i
            / z) { } }
    static void c47() { int k = 1; int r = switch (k) {
            case 1 -> big
                / z;
            default -> 6;
        }; }
    static void c48() { switch (
            str) { case "a": break; default: break; } }
    static void c49() { nb.get
            (); }
    static void c50() { int r = t() ? (big
            / z) : 1; }
    static void c51() { int k = 1; int r = switch (k) {
            case 1 -> 5;
            default -> { yield 6; }
        } / z; }
    static void c52() { int k = 1; int r = switch (k) {
            default -> 6;
            case 1 -> 5;
        } / z; }
    static void c53() { Object[] os = new Sub[1]; int k = 1; os[0] = "a"
            + k; }
    static void c54() { PanicLines.Inner i = outer
            .new Inner(); }
    static void c55() { switch (
            ne) { case A: break; default: break; } }
    static void c56() { int i = str.indexOf(
            g(1)); }
    static void c57() { Box b = new Box(); for (int x : b
            .a) { } }
    static void c58() { int a = 1,
            q = big / z; }
    static void c59() { new FieldInit(); }
    static void c60() { new ModifierInit(); }
    static void c61() { int r = g(
            z) == 0 ? big / z : 1; }
    static void c62() { while (g(1) > 0 && arr[
            g(big)] > 0) { } }
    static void c63() { int k = 1; int r = (true ? k :
            2) / z; }
    static void c64() { int k = 1; int r = (false ? 2 :
            k) / z; }
    static void c65() { if (t() ? arr[0] > 0 :
            t()) { int r = arr[big]; } }
    static void c66() { int r = t()
            ? g(1) + (t() ? 1
                         : 2) / z
            : 0; }
    static void c67() { int r = divide(
            big, z); }
    static void c68() { int r = switch (
            str) { case "a" -> 1; default -> 2; }; }
    static void c69() { int[] a = null; int[] c = a
            .clone(); }
    static void c70() { int[][] mm = new int[2][2]; int v = mm
            [one]
            [big]; }
    static void c71() { boolean b = t() && arr
            [big] > 0; }
    static void c72() { int[][] q = { { 1 }, {
            big / z } }; }
    static void c73() { arr[big]
            += g(1); }
    static void c74() { nb
            .v++; }
    static void c75() { long x = 1; x /=
            z; }
    static void c76() { int x = (big
            << 2) / z; }
    static void c77() { Box b = (Sub)
            (box); }
    static void c78() { String s = "abc"; int n = f(s.length(),
            big) / z; }
    static void c79() { int r = g(1) + switch (arr
            [big]) { default -> 1; }; }
    static void c80() { int i = 0; for (;
            arr[i] > 0; i++) { } }
    static void c81() { int k = 1; int r = (k == 1 ? 5
            : 6) / z; }
    static void c82() { int k = 2; int r = switch (k) {
            case 1 -> f(1,
                    2);
            default -> 6;
        } / z; }
    static void c83() { int k = 1; int r = (k == 1 ? 5 : f(1,
            2)) / z; }

    public static void main(String[] args) {
        switch (Integer.parseInt(args[0])) {
            case 1 -> c1(); case 2 -> c2(); case 3 -> c3(); case 4 -> c4(); case 5 -> c5();
            case 6 -> c6(); case 7 -> c7(); case 8 -> c8(); case 9 -> c9(); case 10 -> c10();
            case 11 -> c11(); case 12 -> c12(); case 13 -> c13(); case 14 -> c14(); case 15 -> c15();
            case 16 -> c16(); case 17 -> c17(); case 18 -> c18(); case 19 -> c19(); case 20 -> c20();
            case 21 -> c21(); case 22 -> c22(); case 23 -> c23(); case 24 -> c24(); case 25 -> c25();
            case 26 -> c26(); case 27 -> c27(); case 28 -> c28(); case 29 -> c29(); case 30 -> c30();
            case 31 -> c31(); case 32 -> c32(); case 33 -> c33(); case 34 -> c34(); case 35 -> c35();
            case 36 -> c36(); case 37 -> c37(); case 38 -> c38(); case 39 -> c39(); case 40 -> c40();
            case 41 -> c41(); case 42 -> c42(); case 43 -> c43(); case 44 -> c44(); case 45 -> c45();
            case 46 -> c46(); case 47 -> c47(); case 48 -> c48(); case 49 -> c49(); case 50 -> c50();
            case 51 -> c51(); case 52 -> c52(); case 53 -> c53(); case 54 -> c54(); case 55 -> c55();
            case 56 -> c56(); case 57 -> c57(); case 58 -> c58(); case 59 -> c59(); case 60 -> c60();
            case 61 -> c61(); case 62 -> c62(); case 63 -> c63(); case 64 -> c64(); case 65 -> c65();
            case 66 -> c66(); case 67 -> c67(); case 68 -> c68(); case 69 -> c69(); case 70 -> c70();
            case 71 -> c71(); case 72 -> c72(); case 73 -> c73(); case 74 -> c74(); case 75 -> c75();
            case 76 -> c76(); case 77 -> c77(); case 78 -> c78(); case 79 -> c79(); case 80 -> c80();
            case 81 -> c81(); case 82 -> c82(); case 83 -> c83();
            default -> System.out.println("no case " + args[0]);
        }
    }
}
