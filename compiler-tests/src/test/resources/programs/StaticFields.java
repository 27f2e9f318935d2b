/** Static fields of every type: defaults, initializers that call methods, shadowing by locals and parameters. */
public class StaticFields {
    static int counter;
    static long total = 1L << 33;
    static boolean flag;
    static char letter = 'k';
    static String text = "start";
    static byte small = (byte) 0xfe;
    static short medium = (short) 0xbeef;
    static int derived = helper(5) + counter;
    static final int LIMIT = 10;
    static final long BIG = Long.MAX_VALUE / 3;

    static int helper(int x) {
        counter += x;
        return counter * 2;
    }

    static void record(int counter) {
        StaticFields.counter += counter;
        total += counter;
        text = text + "," + counter;
    }

    public static void main(String[] args) {
        System.out.println(counter + " " + total + " " + flag + " " + letter + " " + text + " " + small + " " + medium + " " + derived);
        for (int i = 0; i < LIMIT; i++) record(i);
        System.out.println(counter + " " + total + " " + text);
        int counter = -1;
        System.out.println("local shadows static: " + counter + " vs " + StaticFields.counter);
        flag = !flag;
        letter++;
        small--;
        medium >>= 4;
        System.out.println(flag + " " + letter + " " + small + " " + medium + " " + BIG + " " + LIMIT);
        text = null;
        System.out.println("text is " + text);
        total = total * total;
        System.out.println("total squared " + total);
        derived = counter = StaticFields.counter = 77;
        System.out.println(derived + " " + counter + " " + StaticFields.counter);
    }
}
