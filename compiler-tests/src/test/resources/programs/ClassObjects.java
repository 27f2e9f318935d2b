/** getClass() and class literals: one Class object per class, its name, simple name and isInstance as on the JVM. */
public class ClassObjects {
    interface Shape { }
    static class Sq implements Shape { }
    static class Big extends Sq { }
    public static void main(String[] args) {
        Object[] things = { "s", new Sq(), new Big(), 5, 2.5, new int[2], new String[1][1], new Sq[0], new StringBuilder(), 'c', new Object(), new Shape() { } };
        for (Object o : things) {
            Class c = o.getClass();
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c + " | " + c.isArray() + " " + (c == o.getClass()));
        }
        Object a = new Sq(), b = new Sq(), d = new Big();
        System.out.println((a.getClass() == b.getClass()) + " " + (a.getClass() == d.getClass()) + " " + a.getClass().isInstance(d) + " " + d.getClass().isInstance(a)
            + " " + "x".getClass().isInstance("y") + " " + "x".getClass().isInstance(a));
        literals();
    }

    static void literals() {
        Object s = new Sq();
        System.out.println((s.getClass() == Sq.class) + " " + Shape.class + " " + Shape.class.isInterface() + " " + int[].class.getName() + " " + String.class + " " + ("a".getClass() == String.class)
            + " " + Integer.class.getSimpleName() + " " + Shape.class.isInstance(s) + " " + (new int[0].getClass() == int[].class) + " " + String[].class.getSimpleName());
    }
}
