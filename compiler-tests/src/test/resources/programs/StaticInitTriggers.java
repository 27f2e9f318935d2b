/**
 * First active uses in tricky orders: the main class's superclass before it, an inherited static method (only the
 * declaring class), a default-method interface above an implementing class, constants in expressions and case labels
 * (no initialization), valueOf/values on enums, a three-deep chain of constructors, a static constant created before
 * a later static field is set, a nested class without its outer class, a variable of a class type (no use), inner classes.
 */
public class StaticInitTriggers extends MainBase {
    static { System.out.println("StaticInitTriggers clinit"); }
    static int t(String s) { System.out.println("t " + s); return s.length(); }
    public static void main(String[] args) {
        System.out.println("main");
        System.out.println(Kid.inheritedStatic());
        System.out.println(Impl2.NK);
        Impl2 x = new Impl2();
        System.out.println("Impl2 made");
        System.out.println(Consts.A + Consts.B + Consts.C);
        System.out.println(Consts.D);
        switch (3) { case Consts.A: System.out.println("three"); break; default: break; }
        Dir d = Dir.valueOf("N");
        System.out.println(d);
        System.out.println(Dir2.values().length);
        Deep3 dp = new Deep3();
        System.out.println(Mutual.A.value);
        GetterOnly.Inner.go();
        Holder2 h = null;
        System.out.println("null holder declared");
        System.out.println(Later.get());
        Later.x = 4;
        System.out.println(Later.x);
        Nest.Inner ni = new Nest().new Inner();
        System.out.println("inner done");
    }
}
class MainBase { static { System.out.println("MainBase clinit"); } }
class KidBase { static { System.out.println("KidBase clinit"); } static int inheritedStatic() { return 1; } }
class Kid extends KidBase { static { System.out.println("Kid clinit (should not run)"); } }
interface I2 { int NK = StaticInitTriggers.t("I2.NK"); void m(); }
interface J2 extends I2 { int JK = StaticInitTriggers.t("J2.JK"); default void m() { } }
class Impl2 implements J2 { static { System.out.println("Impl2 clinit"); } }
class Consts {
    static final int A = 3;
    static final String B = "b" + 1;
    static final long C = 4L << 2;
    static final int D = StaticInitTriggers.t("Consts.D");
    static { System.out.println("Consts clinit"); }
}
enum Dir { N, S; static { System.out.println("Dir clinit"); } }
enum Dir2 { X; static final int K = StaticInitTriggers.t("Dir2.K"); Dir2() { System.out.println("Dir2 ctor"); } }
class Deep1 { static { System.out.println("Deep1 clinit"); } Deep1() { System.out.println("Deep1()"); } }
class Deep2 extends Deep1 { static int z = StaticInitTriggers.t("Deep2.z"); Deep2() { System.out.println("Deep2()"); } }
class Deep3 extends Deep2 { static { System.out.println("Deep3 clinit"); } }
class Mutual {
    static final Mutual A = new Mutual(1);
    static int counter = 10;
    int value;
    Mutual(int v) { value = v + counter; System.out.println("Mutual(" + v + ") counter=" + counter); }
}
class GetterOnly {
    static { System.out.println("GetterOnly clinit (should not run)"); }
    static class Inner { static { System.out.println("GetterOnly.Inner clinit"); } static void go() { System.out.println("go"); } }
}
class Holder2 { static { System.out.println("Holder2 clinit (should not run)"); } }
class Later {
    static int x = StaticInitTriggers.t("Later.x");
    static int get() { return x * 10; }
}
class Nest {
    static { System.out.println("Nest clinit"); }
    class Inner { { System.out.println("Nest.Inner instance init"); } }
}
