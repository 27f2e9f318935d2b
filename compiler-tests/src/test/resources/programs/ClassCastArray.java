/** Reference casts that succeed (arrays, String, enums with bodies, raw Enum, records) and one between primitive array types that fails with ClassCastException. */
public class ClassCastArray {
    enum E { A { }, B }
    record R(int x) { }
    public static void main(String[] args) {
        Object o = new int[] {1};
        int[] ok = (int[]) o;
        System.out.println(ok[0]);
        Object s = "str";
        String str = (String) s;
        System.out.println(str);
        Object e = E.A;
        E back = (E) e;
        System.out.println(back);
        Enum en = (Enum) e;
        System.out.println(en.ordinal());
        Object arr = new String[] {"q"};
        Object[] objs = (Object[]) arr;
        System.out.println(objs[0]);
        Object r = new R(4);
        System.out.println(((R) r).x());
        System.out.println("now: int[] as long[]");
        long[] bad = (long[]) o;
        System.out.println("not reached " + bad.length);
    }
}
