/** JLS 15.12.2's phases: strict before loose, so m(long) beats m(Integer) for an int; boxing when nothing else applies. */
public class Overloads {
    static String m(long x) { return "m(long)"; }
    static String m(Integer x) { return "m(Integer)"; }
    static String n(Object x) { return "n(Object)"; }
    static String n(int x) { return "n(int)"; }
    static String p(Integer x) { return "p(Integer)"; }
    static String p(Number x) { return "p(Number)"; }
    static String q(double x) { return "q(double)"; }
    static String q(Object x) { return "q(Object)"; }
    static String r(int x) { return "r(int)"; }
    static String s(Object o) { return "s(Object) " + o; }
    static String s(String t) { return "s(String) " + t; }
    public static void main(String[] args) {
        Integer boxed = 7;
        Character c = 'c';
        System.out.println(m(1) + " " + m(boxed) + " " + n(1) + " " + n(boxed) + " " + p(1) + " " + p(2.5));
        System.out.println(q(1) + " " + q(boxed) + " " + q('x') + " " + r(boxed) + " " + r(c) + " " + s(3) + " " + s("t"));
        Number num = 5;
        Object obj = 'z';
        System.out.println(num + " " + obj + " " + (num instanceof Integer) + " " + (obj instanceof Character));
    }
}
