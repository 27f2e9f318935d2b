/** Arrays of primitives (whose descriptors have no component descriptor) against arrays of references: instanceof, multi-dimensional allocation, clone, and an ArrayStoreException naming [B. */
public class PrimitiveArrayTypes {
    public static void main(String[] args) {
        Object a = new int[2], b = new byte[2][2], c = new String[1], d = new int[1][1];
        System.out.println((a instanceof int[]) + " " + (a instanceof byte[]) + " " + (a instanceof Object[]) + " " + (b instanceof byte[][]) + " " + (b instanceof Object[]) + " " + (b instanceof int[][]) + " " + (c instanceof Object[]) + " " + (d instanceof Object[][]) + " " + (d instanceof Object[]));
        int[][] m = new int[3][4]; m[2][3] = 7; System.out.println(m[2][3] + m.length + m[0].length);
        int[] k = ((int[]) a).clone(); System.out.println(k.length);
        Object[] objs = new int[2][]; objs[0] = new int[5]; System.out.println("ok");
        objs[1] = new byte[1];
    }
}
