/** System.exit(3) in the middle of a nested call: later statements never run, output so far is kept. */
public class ExitMidway {
    static int depth;

    static void descend(int n) {
        depth++;
        System.out.println("descend " + n);
        if (n == 3) {
            System.out.print("exiting without newline... ");
            System.exit(depth);
        }
        descend(n + 1);
        System.out.println("never printed " + n);
    }

    public static void main(String[] args) {
        System.out.println("start");
        for (int i = 0; i < 3; i++) System.out.println("line " + i);
        descend(1);
        System.out.println("never printed");
        System.exit(0);
    }
}
