// Vtable and itable pruning (VirtualSlots): interface calls, defaults, implementations inherited from a
// superclass that does not implement the interface, sub-interfaces, abstract classes implementing partially.
public class PrunedSlotsInterfaces {
    interface Named {
        String who();
        default String greet() { return "hello " + who(); }
    }
    interface Titled extends Named {
        default String title() { return "Dr. " + who(); }
    }
    static class Person {
        public String who() { return "person"; }   // implements Named.who only in the subclass below
    }
    static class Doctor extends Person implements Titled { }
    abstract static class Half implements Named {
        public String greet() { return "hi from half, " + who(); }
    }
    static class Full extends Half {
        public String who() { return "full"; }
    }
    static class Robot implements Named {
        public String who() { return "robot"; }
        public String greet() { return "BEEP " + who(); }
    }
    interface Visitor { int visit(int x); }
    static class Doubler implements Visitor { public int visit(int x) { return 2 * x; } }
    static class Shifter implements Visitor {
        final Visitor then;
        Shifter(Visitor then) { this.then = then; }
        public int visit(int x) { return then.visit(x + 1); }
    }
    static Visitor later() { return new Shifter(new Doubler()); }

    public static void main(String[] args) {
        Named[] ns = { new Doctor(), new Full(), new Robot() };
        for (Named n : ns) System.out.println(n.greet());
        Titled t = new Doctor();
        System.out.println(t.title() + " / " + t.greet() + " / " + t.who());
        Half h = new Full();
        System.out.println(h.who() + " / " + h.greet());   // interface methods through an abstract class's reference
        Person p = new Doctor();
        System.out.println(p.who());
        Visitor v = later();
        System.out.println(v.visit(20));
        Runnable r = new Runnable() {
            public void run() { System.out.println("anonymous run"); }
        };
        r.run();
    }
}
