import java.util.Arrays;

/** Arrays.deepToString, deepEquals, deepHashCode, and toString/equals/hashCode of Object[]: nested arrays of every element type, nulls, cycles. */
public class DeepArrays {
    record Point(int x, int y) { }

    static class Named {
        final String name;
        Named(String name) { this.name = name; }
        public String toString() { return name == null ? null : "Named(" + name + ")"; }
        public boolean equals(Object o) { return o instanceof Named && ((Named) o).name == name; }
        public int hashCode() { return 7; }
    }

    static Object[] everyKind() {
        return new Object[] {new int[] {1, -2}, new long[] {Long.MIN_VALUE}, new short[] {-300}, new byte[] {(byte) 200},
                new char[] {'x', '\u00e9', '\u0101'}, new boolean[] {true, false}, new double[] {1.5, -0.0, Double.NaN},
                new float[] {2.5f, Float.NEGATIVE_INFINITY}, "str", null, new Object[0], new String[] {"q", null},
                new int[0][], new Point(1, 2), new Named("n"), new Named(null)};
    }

    public static void main(String[] args) {
        int[][] m = {{1, 2}, {3}, {}, null};
        System.out.println(Arrays.deepToString(m));
        System.out.println(Arrays.deepToString(new int[3][2]));
        System.out.println(Arrays.deepToString(new long[2][2][1]));
        String[][] s = {{"a", null}, {"b\u0100", ""}, {}};
        System.out.println(Arrays.deepToString(s));
        System.out.println(Arrays.deepToString(everyKind()));
        System.out.println(Arrays.deepToString(null) + " " + Arrays.deepToString(new Object[0]) + " " + Arrays.deepToString(new Object[] {null}));
        System.out.println(Arrays.deepToString(new Object[] {new Object[] {new Object[] {new double[][] {{0.1}, null}}}}));

        // arrays that contain themselves: "[...]" where an array on the current path comes again
        Object[] self = new Object[3];
        self[0] = self;
        self[1] = new Object[] {self, "x"};
        self[2] = "end";
        System.out.println(Arrays.deepToString(self));
        Object[] a = new Object[2], b = new Object[2];
        a[0] = b;
        b[0] = a;
        b[1] = b;
        a[1] = new Object[] {b};   // b again, but not on this path: printed in full
        System.out.println(Arrays.deepToString(a));
        Object[] shared = {1 > 0 ? "s" : null};
        System.out.println(Arrays.deepToString(new Object[] {shared, shared, new Object[] {shared}}));

        Object[] k1 = everyKind(), k2 = everyKind();
        System.out.println(Arrays.deepEquals(k1, k2) + " " + Arrays.equals(k1, k2) + " " + Arrays.deepEquals(k1, k1));
        System.out.println(Arrays.deepHashCode(k1) == Arrays.deepHashCode(k2));
        for (int i = 0; i < k1.length; i++) {
            Object[] k3 = everyKind();
            k3[i] = i == 9 ? "not null" : null;
            System.out.println(i + ": " + Arrays.deepEquals(k1, k3) + " " + Arrays.deepEquals(k3, k1));
        }
        Object[] k4 = everyKind();
        ((double[]) k4[6])[1] = 0.0;   // -0.0 and 0.0 differ, as in Arrays.equals(double[], double[])
        System.out.println(Arrays.deepEquals(k1, k4) + " " + (Arrays.deepHashCode(k1) == Arrays.deepHashCode(k4)));
        System.out.println(Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new long[] {1}}));
        System.out.println(Arrays.deepEquals(new Object[] {new String[] {"a"}}, new Object[] {new Object[] {"a"}}));
        System.out.println(Arrays.deepEquals(m, new int[][] {{1, 2}, {3}, {}, null}) + " " + Arrays.deepEquals(m, new int[][] {{1, 2}, {3}, {}, {}}));
        System.out.println(Arrays.deepEquals(null, null) + " " + Arrays.deepEquals(m, null) + " " + Arrays.deepEquals(null, m)
                + " " + Arrays.deepEquals(new Object[1], new Object[2]) + " " + Arrays.deepEquals(new Object[1], new Object[1]));

        int[][] h = {{1, 2}, null, {}};
        System.out.println(Arrays.deepHashCode(h) + " " + Arrays.deepHashCode(null) + " " + Arrays.deepHashCode(new Object[0])
                + " " + Arrays.deepHashCode(new Object[] {null}) + " " + Arrays.deepHashCode(s));
        Object[] kinds = everyKind();
        for (int i = 0; i < kinds.length; i++) System.out.println(Arrays.deepHashCode(new Object[] {kinds[i]}));

        // the Object[] overloads of toString, equals and hashCode: elements through toString/equals/hashCode
        Object[] flat = {"a", null, new Point(3, 4), new Named("z"), new Named(null)};
        System.out.println(Arrays.toString(flat) + " " + Arrays.toString((Object[]) null) + " " + Arrays.toString(new Object[0]));
        System.out.println(Arrays.equals(flat, new Object[] {"a", null, new Point(3, 4), new Named("z"), new Named(null)})
                + " " + Arrays.equals(flat, new Object[] {"a", "b", new Point(3, 4), new Named("z"), new Named(null)})
                + " " + Arrays.equals((Object[]) null, null) + " " + Arrays.equals(flat, null));
        System.out.println(Arrays.hashCode(flat) + " " + Arrays.hashCode((Object[]) null) + " " + Arrays.hashCode(new Object[] {"x", null}));
        Point[] points = {new Point(1, 1), null};
        System.out.println(Arrays.toString(points) + " " + Arrays.deepToString(points) + " " + Arrays.equals(points, new Point[] {new Point(1, 1), null}));
        Object[] nested = {new int[] {1}};
        System.out.println(Arrays.equals(nested, new Object[] {new int[] {1}}) + " " + Arrays.deepEquals(nested, new Object[] {new int[] {1}}));
    }
}
