public class ClassCast {
    static class A { }
    static class B extends A { }
    static class C extends A { }
    public static void main(String[] args) {
        A a = new B();
        B b = (B) a;
        System.out.println("ok " + (b != null));
        A c = new C();
        System.out.println("now");
        B bad = (B) c;
        System.out.println("not reached " + bad);
    }
}
