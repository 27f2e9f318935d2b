/** Arrays of the library's JDK classes carry the JDK's names: [Ljava.lang.Integer;, not the library class's. */
public class BoxingArrayNames {
    public static void main(String[] args) {
        Object[] boxes = { new Integer[1], new Long[0][0], new Character[2], new Number[0], new StringBuilder[0], new Object[0], new String[0] };
        for (Object o : boxes) System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName());
        Integer[] ints = { 1, 2 };
        Object o = ints;
        System.out.println(o instanceof Number[] ? "Number[]" : "no");
        System.out.println(String.valueOf(o).startsWith("[Ljava.lang.Integer;@"));
    }
}
