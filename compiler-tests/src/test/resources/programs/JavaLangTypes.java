/**
 * The java.lang types a program may name without generics: Enum (raw) as a variable, parameter, array element,
 * instanceof and cast target; Runnable implemented by classes, anonymous classes, enums and records, called through
 * the interface; Object with enums and arrays.
 */
public class JavaLangTypes {
    enum Color { RED, GREEN, BLUE { @Override public String toString() { return "blue!"; } } }
    enum Size implements Runnable {
        SMALL, LARGE;
        public void run() { System.out.println("running " + name()); }
    }
    record Job(String what) implements Runnable {
        public void run() { System.out.println("job " + what); }
    }
    static class Counter implements java.lang.Runnable {
        int count;
        public void run() { count++; }
    }

    static String describe(Enum e) { return e.name() + "#" + e.ordinal() + " " + e; }

    static String kind(Object o) {
        if (o instanceof Color c) return "color " + c.ordinal();
        if (o instanceof Enum e) return "enum " + e.name();
        if (o instanceof Runnable) return "runnable";
        if (o instanceof int[] a) return "ints " + a.length;
        return "other";
    }

    public static void main(String[] args) {
        Enum[] all = {Color.RED, Size.LARGE, Color.BLUE};
        for (Enum e : all) System.out.println(describe(e));
        System.out.println(all[0].compareTo(Color.GREEN));
        Object o = Size.SMALL;
        System.out.println(kind(o) + " " + kind(Color.GREEN) + " " + kind(new Counter()) + " " + kind(new int[3]) + " " + kind("s"));
        Enum e = (Enum) o;
        System.out.println(e == Size.SMALL);
        System.out.println(e.equals(Size.SMALL) + " " + e.equals(Color.RED));
        Runnable[] tasks = {Size.LARGE, new Job("dishes"), new Runnable() { public void run() { System.out.println("anonymous"); } }};
        for (Runnable r : tasks) r.run();
        Counter c = new Counter();
        Runnable r = c;
        r.run();
        r.run();
        System.out.println(c.count);
        Object maybe = new Job("x");
        Runnable viaCast = (Runnable) maybe;
        viaCast.run();
        Object notRunnable = Color.RED;
        System.out.println(notRunnable instanceof Runnable);
        Runnable bad = (Runnable) notRunnable;
        System.out.println("unreachable " + bad);
    }
}
