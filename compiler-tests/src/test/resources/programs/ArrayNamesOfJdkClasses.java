/** arrays of the registry's classes go by the JDK's names at run time (getName, ClassCastException). */
public class ArrayNamesOfJdkClasses {
    public static void main(String[] args) {
        Object[] os = { new Integer[1], new Character[2][2], new StringBuilder[0], new Number[1] };
        for (Object o : os) System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName());
        Object x = new Integer[1];
        Number[] n = (Number[]) x;
        System.out.println(n.length);
        String[] s = (String[]) x;
    }
}
