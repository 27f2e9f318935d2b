/** {@code outer.new Inner()} with a null outer panics with NullPointerException (javac: Objects.requireNonNull) before the arguments are evaluated. */
public class NullQualifiedNew {
    int base = 10;

    class Inner {
        final int v;
        Inner(int k) { v = base + k; }
    }

    static int arg(int k) {
        System.out.println("argument " + k);
        return k;
    }

    public static void main(String[] args) {
        NullQualifiedNew o = new NullQualifiedNew();
        System.out.println(o.new Inner(arg(1)).v);
        NullQualifiedNew none = args.length > 3 ? o : null;
        Inner bad = none.new Inner(arg(2));
        System.out.println("not reached " + bad.v);
    }
}
