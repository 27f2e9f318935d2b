/**
 * Static initialization of supertypes (JVMS 5.5): a class's initialization starts with its superclass's, then its
 * superinterfaces' that declare default methods (recursively, superinterfaces first); an interface without defaults,
 * a static member inherited from a superclass, an array type and a compile-time constant initialize nothing extra.
 */
public class StaticInitSupertypes {
    static { System.out.println("StaticInitSupertypes clinit"); }
    public static void main(String[] args) {
        System.out.println("main");
        new Sub();
        System.out.println("after new Sub");
        System.out.println(Sub2.x);
        System.out.println(Sub3.inherited);
        System.out.println(I.K);
        System.out.println(I.NK);
        Impl impl = new Impl();
        System.out.println("impl created");
        impl.m();
        System.out.println(Color.RED);
        Outer.Nested.hello();
        Holder h = new Holder();
        System.out.println(h.getV());
        System.out.println(NoInit.CONST);
        Object[] arr = new Arr[3];
        System.out.println("array of Arr made " + arr.length);
        SupOnly.touch();
        
    }
}
class Base {
    static { System.out.println("Base clinit"); }
    Base() { System.out.println("Base ctor"); }
}
class Sub extends Base {
    static { System.out.println("Sub clinit"); }
    Sub() { System.out.println("Sub ctor"); }
}
class Base2 { static { System.out.println("Base2 clinit"); } }
class Sub2 extends Base2 { static int x = 5; static { System.out.println("Sub2 clinit"); } }
class Base3 { static int inherited = 7; static { System.out.println("Base3 clinit"); } }
class Sub3 extends Base3 { static { System.out.println("Sub3 clinit (should not run)"); } }
interface I {
    int K = 3;
    int NK = StaticInitSupertypesHelper.trace("I.NK", 4);
}
class StaticInitSupertypesHelper { static int trace(String s, int v) { System.out.println("trace " + s); return v; } }
interface WithDefault {
    int W = StaticInitSupertypesHelper.trace("WithDefault.W", 1);
    default void m() { System.out.println("default m"); }
}
interface NoDefault {
    int N = StaticInitSupertypesHelper.trace("NoDefault.N", 1);
    void m();
}
class Impl implements WithDefault {
    static { System.out.println("Impl clinit"); }
}
enum Color { RED, GREEN; static { System.out.println("Color clinit"); } Color() { System.out.println("Color ctor " + name()); } }
class Outer {
    static { System.out.println("Outer clinit"); }
    static class Nested {
        static { System.out.println("Nested clinit"); }
        static void hello() { System.out.println("Nested.hello"); }
    }
}
class Holder {
    static int v = StaticInitSupertypesHelper.trace("Holder.v", 9);
    int getV() { return v; }
}
class NoInit { static final String CONST = "c"; static { System.out.println("NoInit clinit"); } }
class Arr { static { System.out.println("Arr clinit (should not run)"); } }
class SupOnly2 { static { System.out.println("SupOnly2 clinit"); } }
class SupOnly extends SupOnly2 { static void touch() { System.out.println("touch"); } }
