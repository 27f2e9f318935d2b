/** System.arraycopy between arrays of references checks each element: HotSpot's ArrayStoreException after copying the ones before. */
public class ArrayCopyStoreError {
    public static void main(String[] args) {
        Object[] src = { 1, 2, "three", 4 };
        Integer[] dst = new Integer[4];
        System.arraycopy(src, 0, dst, 0, 2);
        System.out.println(dst[0] + dst[1]);
        System.arraycopy(src, 0, dst, 0, 4);
    }
}
