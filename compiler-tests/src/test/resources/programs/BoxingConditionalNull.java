/** javac classifies a conditional with a null literal operand by its other operand (Attr.isBooleanOrNumeric): b ? null : longBox is numeric, of type Long, so a float beside it makes the whole a float. */
public class BoxingConditionalNull {
    static Boolean t = true;
    public static void main(String[] args) {
        Long big = -1L;
        Byte by = (byte) 127;
        System.out.println("a " + (t ? by : (t ? (t ? null : big) : ((float) 2))));
        System.out.println("b " + (t ? (!t ? null : big) : 2.5f));
        long widened = t ? 7 : null;
        System.out.println("c " + widened);
        Object o = !t ? (t ? null : 3) : 'x';
        System.out.println("d " + o);
        Object p = t ? (Integer) 5 : (t ? null : 2.0);
        System.out.println("e " + p);
        System.out.println("f " + (t ? null : null) + " " + (!t ? null : Boolean.FALSE));
        Integer n = null;
        System.out.println("g " + (t ? n : (t ? null : 1L)));
    }
}
