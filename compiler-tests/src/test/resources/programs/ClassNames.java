/**
 * Class names at run time: the default toString's "Name@hash" (printed up to the '@', the hash differs
 * from the JVM's) for classes, nested classes, interfaces' arrays, primitive and reference arrays and
 * Object itself; then a failed cast whose ClassCastException names both classes. Descriptors carry names
 * only when a program reads them, so this program must still get every one.
 */
public class ClassNames {
    static class Plain { }
    interface Shape { }
    static final class Square implements Shape { }
    enum Color { RED }

    static String className(Object o) {
        String s = o.toString();
        return s.substring(0, s.indexOf('@'));
    }

    public static void main(String[] args) {
        System.out.println(className(new Plain()));
        System.out.println(className(new Object()));
        System.out.println(className(new int[1]));
        System.out.println(className(new byte[0][0]));
        System.out.println(className(new String[1]));
        System.out.println(className(new Plain[1][1]));
        System.out.println(className(new Shape[0]));
        System.out.println(className(new Color[] { Color.RED }));
        Object text = "text";
        System.out.println(text.toString());
        Object square = new Square();
        Shape shape = (Shape) square;
        System.out.println(shape == square);
        Plain wrong = (Plain) square;   // java.lang.ClassCastException: class ClassNames$Square cannot be cast to class ClassNames$Plain
        System.out.println("not reached " + wrong);
    }
}
