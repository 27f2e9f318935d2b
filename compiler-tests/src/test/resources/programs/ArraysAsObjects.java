public class ArraysAsObjects {
    static class Box { int v; Box(int v) { this.v = v; } }

    static String kind(Object o) {
        if (o == null) return "null";
        if (o instanceof int[] ints) return "int[" + ints.length + "]";
        if (o instanceof long[]) return "long[" + ((long[]) o).length + "]";
        if (o instanceof String[][]) return "String[][]";
        if (o instanceof String[] s) return "String[" + s.length + "]";
        if (o instanceof Box[]) return "Box[" + ((Box[]) o).length + "]";
        if (o instanceof Object[] arr) return "Object[" + arr.length + "]";
        if (o instanceof String) return "String";
        if (o instanceof Box) return "Box";
        return "other";
    }

    static boolean looksLikeIdentity(Object o, String prefix) {
        String expected = prefix + "@" + Integer.toHexString(o.hashCode());
        return o.toString().equals(expected) && ("" + o).equals(expected);
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = {1, 2, 3};
        Object o = a;
        System.out.println(o == a);
        System.out.println(a.equals(b) + " " + a.equals(a) + " " + o.equals(a) + " " + b.equals(null));
        System.out.println(a.hashCode() == o.hashCode());
        System.out.println(looksLikeIdentity(a, "[I"));
        System.out.println(looksLikeIdentity(new long[0], "[J"));
        System.out.println(looksLikeIdentity(new char[2], "[C"));
        System.out.println(looksLikeIdentity(new boolean[1][1], "[[Z"));
        System.out.println(looksLikeIdentity(new String[1], "[Ljava.lang.String;"));
        System.out.println(looksLikeIdentity(new Box[1], "[LArraysAsObjects$Box;"));

        Object[] things = { a, new long[4], new String[] {"x", "y"}, new String[2][2], new Box[5], new Object[1], "s", new Box(1), null };
        for (Object t : things) System.out.println(kind(t));

        int[] back = (int[]) o;
        back[0] = 42;
        System.out.println(a[0]);
        Object[] boxes = new Box[] { new Box(7) };
        Box[] again = (Box[]) boxes;
        System.out.println(again[0].v);
        Object grid = new int[2][3];
        System.out.println(((int[][]) grid)[1].length);
        System.out.println(grid instanceof Object[]);
        System.out.println(grid instanceof int[][]);
        System.out.println(o instanceof Object[]);
        Object x = new String[0];
        System.out.println(x instanceof Object[] && !(x instanceof Box[]));

        Object wrong = a;
        long[] crash = (long[]) wrong;   // ClassCastException: exit 101
        System.out.println(crash.length);
    }
}
