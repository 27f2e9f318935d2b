/** Enum constant bodies with fields, instance initializers, static fields of the enum, empty bodies, casts, patterns and arrow switches. */
public class EnumBodies2 {
    enum Counter {
        FIRST {
            int hits = 10;
            { hits += base; }
            int next() { return ++hits + total; }
        },
        SECOND {
            int next() { return FIRST.next() * 2 + total; }
        };
        static int total = 5;
        int base = 100;
        abstract int next();
    }
    enum Mode { ON { }, OFF { String label() { return "off"; } }; String label() { return "on"; } }
    public static void main(String[] args) {
        System.out.println(Counter.FIRST.next());
        System.out.println(Counter.SECOND.next());
        Counter.total = 0;
        System.out.println(Counter.FIRST.next());
        for (Mode m : Mode.values()) System.out.println(m + " " + m.label() + " " + m.ordinal());
        Mode[] ms = Mode.values();
        ms[0] = Mode.OFF;
        System.out.println(ms[0] + " " + Mode.values()[0]);
        Object o = Counter.SECOND;
        Counter c = (Counter) o;
        System.out.println(c.name() + " " + (o instanceof Counter k ? k.ordinal() : -1));
        switch (c) {
            case FIRST -> System.out.println("first");
            case SECOND -> System.out.println("second");
        }
        System.out.println(Counter.valueOf("SECOND").compareTo(Counter.FIRST));
        System.out.println(c.hashCode() == Counter.SECOND.hashCode());
    }
}
