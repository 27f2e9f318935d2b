/**
 * A String method on a null receiver (a library call in ostooc): the JVM evaluates the arguments first
 * and fails at the invoke (JLS 15.12.4.4), so the argument's output appears, and the line is the one of
 * the call's '(' after its arguments, not the receiver's.
 */
public class PanicLineStringReceiver {
    static String pick(int i) { return i > 2 ? null : "abc".substring(i); }
    static int arg(String why) { System.out.println("argument " + why); return 1; }

    public static void main(String[] args) {
        int n = 0;
        for (int i = 0; i < 3; i++) n += pick(i).length();
        System.out.println("n " + n);
        String s = pick(3);
        int at = s
                .indexOf(
                    arg("evaluated"));
        System.out.println("not reached " + at);
    }
}
