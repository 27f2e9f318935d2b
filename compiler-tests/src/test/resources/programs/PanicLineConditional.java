/**
 * A conditional used as a value starts a line entry at each operand (javac's visitConditional), so a
 * division after it fails on the line of its last operand, even when the first was taken; and an array
 * index after a call on a later line fails on that call's line.
 */
public class PanicLineConditional {
    static int calls;
    static boolean odd(int x) { calls++; return (x & 1) != 0; }
    static int pick(int x) { calls++; return x * 2; }

    public static void main(String[] args) {
        int[] t = {4, 8, 15, 16, 23, 42};
        int s = 0;
        for (int i = 0; i < t.length; i++) s += odd(t[i]) ? t[i] : -t[i];
        System.out.println("s " + s + " calls " + calls);
        int zero = s - s;
        int q = t[pick(1)] + t
                [pick(
                    2)];
        System.out.println("q " + q);
        int r = (odd(q + 1) ? q :
                 -q)
                / zero;
        System.out.println("not reached " + r);
    }
}
