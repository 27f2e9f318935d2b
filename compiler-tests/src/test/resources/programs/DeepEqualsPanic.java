import java.util.Arrays;

/** An element's equals that throws (a NullPointerException), inside Arrays.deepEquals, and the calls that never reach it. */
public class DeepEqualsPanic {
    static class Box {
        final String label;
        Box(String label) { this.label = label; }
        public boolean equals(Object o) {
            return o instanceof Box && label.length() == ((Box) o).label.length();
        }
        public int hashCode() { return label.length(); }
    }

    public static void main(String[] args) {
        Object[] a = {new Object[] {new Box("ab")}, new Box(null)};
        Object[] b = {new Object[] {new Box("cd")}, new Box("x")};
        // the same array, or equal lengths that differ earlier: equals of Box(null) is never called
        System.out.println(Arrays.deepEquals(a, a));
        System.out.println(Arrays.deepEquals(new Object[] {1 > 0 ? "z" : null, new Box(null)}, new Object[] {"y", new Box("x")}));
        System.out.println(Arrays.deepHashCode(new Object[] {new Object[] {new Box("abc")}}));
        System.out.println("before");
        System.out.println(Arrays.deepEquals(a, b));
        System.out.println("not reached");
    }
}
