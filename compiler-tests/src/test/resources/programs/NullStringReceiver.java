/** A String method on a null receiver is a NullPointerException (exit 101), not a crash. */
public class NullStringReceiver {
    static String pick(int i) { return i > 2 ? "abc" : null; }

    public static void main(String[] args) {
        String s = pick(3);
        System.out.println(s.length() + " " + s.toUpperCase() + " " + "xyz".length());
        String t = pick(1);
        System.out.println("before");
        System.out.println(t.isEmpty());
        System.out.println("not reached");
    }
}
