/** Variable arity methods (JLS 8.4.1, 15.12.2.4, 15.12.4.2): declared, called with 0..n arguments, with an array, boxed, overloaded. */
public class Varargs {
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) { if (i > 0) b.append(sep); b.append(parts[i]); }
        return b.toString() + "/" + parts.length;
    }
    static String kinds(Object... os) {
        StringBuilder b = new StringBuilder();
        for (Object o : os) b.append(o == null ? "null" : o.getClass().getSimpleName()).append(' ');
        return b.toString() + os.length;
    }
    static String pick(int a, int b) { return "fixed"; }
    static String pick(int... a) { return "varargs" + a.length; }
    static String over(long x) { return "long"; }
    static String over(int... x) { return "int..."; }
    static String box(Integer... xs) { return "Integer..." + xs.length; }
    static class Point {
        final int[] coords;
        Point(int... coords) { this.coords = coords; }
        public String toString() { return java.util.Arrays.toString(coords); }
    }
    public static void main(String... args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] { 4, 5 }));
        System.out.println(join(",") + " " + join(",", "a") + " " + join("-", "a", "b", "c") + " " + join("+", new String[] { "x", "y" }));
        System.out.println(kinds() + " | " + kinds(1, "s", 2.5, 'c') + " | " + kinds((Object) null) + " | " + kinds(null, null));
        System.out.println(pick(1, 2) + " " + pick(1) + " " + pick() + " " + pick(1, 2, 3) + " " + over(1) + " " + box(1, 2) + " " + box());
        System.out.println(new Point() + " " + new Point(1, 2) + " " + args.length);
        String[] none = {};
        System.out.println(join("?", none) + " " + kinds((Object[]) new String[] { "p", "q" }) + " " + kinds(new String[] { "p", "q" }, 1));
    }
}
