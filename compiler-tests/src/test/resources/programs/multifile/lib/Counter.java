package lib;

/** State in another top-level package, initialized on first use. */
public class Counter {
    public static final String PREFIX = "lib-";
    public static int hits;
    public static String name = PREFIX + "counter";

    static {
        System.out.println("Counter initialized, name=" + name);
    }

    public static void hit() {
        hits++;
        System.out.println(PREFIX + "hit " + hits);
    }

    public static int total() { return hits * 100; }
}
