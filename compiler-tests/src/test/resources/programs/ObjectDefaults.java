/**
 * Object's defaults: toString is Class.getName() + "@" + the hex of hashCode() (only the hash value differs from the
 * JVM, so the program prints the parts that must agree), identity equals, array class names ([I, [[Ljava.lang.String;, …),
 * records' generated members with -0.0 and NaN components, an empty record, enums through Object.
 */
public class ObjectDefaults {
    static class Plain { int v; Plain(int v) { this.v = v; } }
    record Pt(int x, double y, String s, long[] arr) { }
    record Empty() { }
    enum E { A, B }
    public static void main(String[] args) {
        Object o = new Object();
        String s = o.toString();
        System.out.println(s.substring(0, s.indexOf('@')));
        System.out.println(s.substring(s.indexOf('@') + 1).equals(Integer.toHexString(o.hashCode())));
        Plain pl = new Plain(3);
        String ps = pl.toString();
        System.out.println(ps.substring(0, ps.indexOf('@')) + " " + ps.substring(ps.indexOf('@') + 1).equals(Integer.toHexString(pl.hashCode())));
        System.out.println(pl.equals(pl) + " " + pl.equals(new Plain(3)) + " " + pl.equals(null) + " " + (pl.hashCode() == pl.hashCode()));
        int[] ia = new int[2];
        String as = ia.toString();
        System.out.println(as.substring(0, as.indexOf('@')) + " " + as.substring(as.indexOf('@') + 1).equals(Integer.toHexString(ia.hashCode())));
        String[][] sa = new String[1][1];
        String ss = sa.toString();
        System.out.println(ss.substring(0, ss.indexOf('@')));
        Plain[] pa = new Plain[0];
        System.out.println(pa.toString().substring(0, pa.toString().indexOf('@')));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Pt p = new Pt(1, -0.0, null, null);
        System.out.println(p + " " + p.equals(new Pt(1, 0.0, null, null)) + " " + p.equals(new Pt(1, -0.0, null, null)));
        System.out.println(new Pt(2, Double.NaN, "a", null).equals(new Pt(2, Double.NaN, "a", null)));
        System.out.println(E.A.hashCode() == E.A.hashCode());
        Object x = E.B;
        System.out.println(x.equals(E.B) + " " + x.toString() + " " + E.valueOf("A").name());
        char[] cs = {'a'};
        System.out.println(cs.toString().substring(0, 2));
        boolean[] bs = new boolean[1]; double[] ds = new double[1]; float[] fs = new float[1]; short[] shs = new short[1]; byte[] bys = new byte[1]; long[] ls = new long[1];
        System.out.println(bs.toString().substring(0, 3) + ds.toString().substring(0, 3) + fs.toString().substring(0, 3) + shs.toString().substring(0, 3) + bys.toString().substring(0, 3) + ls.toString().substring(0, 3));
        E[] es = new E[1];
        System.out.println(es.toString().substring(0, es.toString().indexOf('@')));
    }
}
