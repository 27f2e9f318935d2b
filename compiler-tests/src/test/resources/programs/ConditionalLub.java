/** Issue 10, bug 5: reference conditionals: poly in assignment contexts, else typed by lub (intersections), calls through the lub. */
public class ConditionalLub {
    static int pick;

    static I viaReturn(boolean b) { return b ? new A() : new B(); }

    public static void main(String[] args) {
        for (int k = 0; k < 2; k++) {
            boolean b = k == 0;
            I i = b ? new A() : new B();               // both implement I: poly, each operand converted to I
            P p = b ? new B() : new A();               // common superclass P
            System.out.println(i.i() + " " + p.p() + " " + viaReturn(b).i());
            var v = b ? new A() : new B();             // lub(A, B) = P & I & J
            System.out.println(v.p() + v.i() + v.j() + " " + v.name());
            P vp = v; I vi = v; J vj = v;
            System.out.println(vp.p() + vi.i() + vj.j());
            System.out.println((b ? new A() : new B()).j());
            var w = b ? new C() : new D();             // no common class: Object & I & J
            System.out.println(w.i() * 10 + w.j() + " " + (w instanceof C) + " " + w.hashCode() % 1);
            var arr = b ? new A[] { new A() } : new B[] { new B(), new B() };   // (P & I & J)[]
            System.out.println(arr.length + " " + arr[0].i() + " " + arr[0].p());
            for (var e : arr) System.out.println(e.j());
            Object o = b ? null : new C();
            System.out.println(o == null);
            var n = b ? new A() : null;
            System.out.println(n != null ? n.i() : -1);
            I nested = b ? (k > 5 ? new A() : new C()) : new B();
            System.out.println(nested.i());
            var u = b ? new A() : (k > 5 ? new B() : new C());   // lub(A, lub(B, C)) = Object & I & J
            System.out.println(u.i() + u.j() + " " + ("" + (u == v)).length());
            String s = b ? "yes" : "no";
            System.out.println(s + (b ? new A() : new B()).name());
        }
    }
}
interface I { int i(); }
interface J { int j(); }
class P { int p() { return 100; } String name() { return "P"; } }
class A extends P implements I, J { public int i() { return 1; } public int j() { return 2; } String name() { return "A"; } }
class B extends P implements I, J { public int i() { return 3; } public int j() { return 4; } int p() { return 200; } }
class C implements I, J { public int i() { return 5; } public int j() { return 6; } }
class D implements J, I { public int i() { return 7; } public int j() { return 8; } }
