/** A default method called through a null interface reference panics with NullPointerException (no itable lookup on null). */
public class NullInterfaceCall {
    interface Greeter {
        String name();
        default String greet() { return "hi " + name(); }
    }

    static Greeter find(String who) {
        if (who.isEmpty()) return null;
        return new Greeter() { public String name() { return who; } };
    }

    public static void main(String[] args) {
        System.out.println(find("ann").greet());
        Greeter none = find("");
        System.out.println(none == null);
        System.out.println(none.greet());
        System.out.println("not reached");
    }
}
