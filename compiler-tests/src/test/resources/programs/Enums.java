public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3303, 2439), EARTH(5976, 6378), JUPITER(1900000, 71492);

        private final int mass;
        private final int radius;
        static int created;

        Planet(int mass, int radius) {
            this.mass = mass;
            this.radius = radius;
            System.out.println("creating " + name() + " #" + ordinal());
        }

        int mass() { return mass; }
        long gravityish() { return (long) mass * 1000 / radius; }
        boolean heavierThan(Planet o) { return mass > o.mass; }
    }

    enum Op {
        ADD("+"), MUL("*");
        final String symbol;
        Op(String s) { symbol = s; }
        int apply(int a, int b) { return this == ADD ? a + b : a * b; }
        @Override public String toString() { return "Op(" + symbol + ")"; }
    }

    static class Holder { Color c = Color.GREEN; Color[] many = { Color.BLUE, Color.RED }; }

    static Color next(Color c) {
        Color[] all = Color.values();
        return all[(c.ordinal() + 1) % all.length];
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        Color c = Color.RED;
        System.out.println(c + " " + c.name() + " " + c.ordinal());
        System.out.println(next(c) + " " + next(next(c)) + " " + next(Color.BLUE));
        System.out.println(c == Color.RED);
        System.out.println(c.equals(Color.GREEN) + " " + c.equals(c));
        System.out.println(c.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.RED));
        Color[] vs = Color.values();
        vs[0] = Color.BLUE;
        System.out.println(Color.values()[0] + " " + (Color.values() != Color.values()) + " " + vs.length);
        for (Color x : Color.values()) System.out.print(x + ":" + x.ordinal() + " ");
        System.out.println();
        System.out.println(Color.valueOf("GREEN") + " " + (Color.valueOf("BLUE") == Color.BLUE));
        System.out.println("planets next");
        for (Planet p : Planet.values()) System.out.println(p + " " + p.mass() + " " + p.gravityish());
        System.out.println(Planet.JUPITER.heavierThan(Planet.EARTH) + " " + Planet.MERCURY.heavierThan(Planet.EARTH));
        Planet.created++;
        System.out.println(Op.ADD + " " + Op.MUL.apply(6, 7) + " " + Op.valueOf("ADD").apply(2, 3) + " " + Op.MUL.name());
        Object o = Op.MUL;
        System.out.println(o.toString() + " " + (o instanceof Op) + " " + "x" + Color.GREEN);
        Holder h = new Holder();
        System.out.println(h.c + " " + h.many[0] + " " + h.many[1]);
        Color none = null;
        System.out.println(none == null);
        System.out.println(Color.RED.hashCode() == Color.RED.hashCode());
    }
}
