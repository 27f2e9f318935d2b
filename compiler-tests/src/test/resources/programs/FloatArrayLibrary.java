import java.util.Arrays;

/** java.util.Arrays on double[] and float[] (NaN, -0.0 and the JDK's total order), hashCode, copyOfRange and binarySearch on every type. */
public class FloatArrayLibrary {
    public static void main(String[] args) {
        double[] d = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, 1e-310, -2, Double.MAX_VALUE, 0.0, -0.0, Double.NaN, 1};
        System.out.println(Arrays.toString(d) + " " + Arrays.hashCode(d));
        double[] c = Arrays.copyOf(d, 14);
        System.out.println(Arrays.equals(d, c) + " " + Arrays.equals(d, Arrays.copyOf(c, 12)) + " " + Arrays.toString(c));
        Arrays.sort(d);
        System.out.println(Arrays.toString(d) + " " + Arrays.hashCode(d));
        System.out.println(Arrays.binarySearch(d, -0.0) + " " + Arrays.binarySearch(d, 0.0) + " " + Arrays.binarySearch(d, Double.NaN)
                + " " + Arrays.binarySearch(d, 2.0) + " " + Arrays.binarySearch(d, -1e300) + " " + Arrays.binarySearch(d, 1e-310));
        System.out.println(Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals(new double[] {Double.NaN}, new double[] {0.0 / 0.0})
                + " " + Arrays.equals(new float[] {-0f}, new float[] {0f}) + " " + Arrays.equals((double[]) null, null) + " " + Arrays.equals(d, null));
        float[] f = {2.5f, Float.NaN, -0f, 0f, -1f, Float.MIN_VALUE, Float.POSITIVE_INFINITY, 0f};
        Arrays.sort(f);
        System.out.println(Arrays.toString(f) + " " + Arrays.hashCode(f) + " " + Arrays.binarySearch(f, 0f) + " " + Arrays.binarySearch(f, 1f));
        Arrays.fill(f, 0.1f);
        double[] e = new double[3];
        Arrays.fill(e, -0.0);
        System.out.println(Arrays.toString(f) + " " + Arrays.toString(e) + " " + Arrays.toString(new double[0]) + " " + Arrays.toString((float[]) null)
                + " " + Arrays.toString(Arrays.copyOf(f, 2)) + " " + Arrays.toString(Arrays.copyOf(new float[] {1}, 3)));
        double[] big = new double[200];
        for (int i = 0; i < big.length; i++) big[i] = ((i * 7919) % 200 - 100) / 8.0;
        Arrays.sort(big);
        System.out.println(Arrays.hashCode(big) + " " + big[0] + " " + big[199] + " " + Arrays.binarySearch(big, 3.125));
        int[] a = {1, 3, 3, 3, 7, 9};
        long[] l = {-5, 0, 5};
        char[] ch = "aceg".toCharArray();
        short[] sh = {1, 2};
        byte[] by = {-1, 0};
        boolean[] bo = {true, false};
        String[] st = {"x", null, "yz"};
        System.out.println(Arrays.hashCode(a) + " " + Arrays.hashCode(l) + " " + Arrays.hashCode(ch) + " " + Arrays.hashCode(sh) + " "
                + Arrays.hashCode(by) + " " + Arrays.hashCode(bo) + " " + Arrays.hashCode(st) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Arrays.binarySearch(a, 3) + " " + Arrays.binarySearch(a, 8) + " " + Arrays.binarySearch(a, 0) + " " + Arrays.binarySearch(l, 5)
                + " " + Arrays.binarySearch(ch, 'd') + " " + Arrays.binarySearch(ch, 'g') + " " + Arrays.binarySearch(sh, (short) 2) + " " + Arrays.binarySearch(by, (byte) -1));
        System.out.println(Arrays.toString(Arrays.copyOfRange(a, 1, 4)) + Arrays.toString(Arrays.copyOfRange(a, 4, 9)) + Arrays.toString(Arrays.copyOfRange(l, 3, 3))
                + Arrays.toString(Arrays.copyOfRange(ch, 0, 2)) + Arrays.toString(Arrays.copyOfRange(sh, 1, 2)) + Arrays.toString(Arrays.copyOfRange(by, 0, 1))
                + Arrays.toString(Arrays.copyOfRange(bo, 1, 3)) + Arrays.toString(Arrays.copyOfRange(st, 1, 4)) + Arrays.toString(Arrays.copyOfRange(d, 10, 13))
                + Arrays.toString(Arrays.copyOfRange(f, 7, 8)));
        double[] src = {1, 2, 3, 4};
        System.arraycopy(src, 0, src, 1, 3);
        float[] fs = new float[2];
        System.arraycopy(new float[] {9f, 8f}, 0, fs, 0, 2);
        System.out.println(Arrays.toString(src) + Arrays.toString(fs));
        System.out.println(Arrays.toString(Arrays.copyOfRange(a, 3, 2)));
    }
}
