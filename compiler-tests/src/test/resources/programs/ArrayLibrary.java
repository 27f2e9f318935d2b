import java.util.Arrays;

public class ArrayLibrary {
    public static void main(String[] args) {
        int[] a = {5, -3, 9, 0, 2147483647, -2147483648, 9, 1};
        System.out.println(Arrays.toString(a));
        Arrays.sort(a);
        System.out.println(Arrays.toString(a));
        long[] l = {3L, -1L, Long.MIN_VALUE, 42L};
        Arrays.sort(l);
        System.out.println(Arrays.toString(l));
        char[] c = "hello, world".toCharArray();
        Arrays.sort(c);
        System.out.println(Arrays.toString(c) + " " + c.length);
        byte[] b = {(byte) 200, 7, -7, 127};
        Arrays.sort(b);
        System.out.println(Arrays.toString(b));
        short[] s = {300, -300, 0};
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        boolean[] z = new boolean[3];
        Arrays.fill(z, true);
        System.out.println(Arrays.toString(z));
        String[] words = {"b", null, "a"};
        System.out.println(Arrays.toString(words) + " " + Arrays.toString((int[]) null) + " " + Arrays.toString(new long[0]));

        int[] copy = Arrays.copyOf(a, 3);
        int[] longer = Arrays.copyOf(a, 10);
        System.out.println(Arrays.toString(copy) + " " + Arrays.toString(longer));
        System.out.println(Arrays.equals(copy, new int[] {-2147483648, -3, 0}) + " " + Arrays.equals(copy, longer)
                + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(words, new String[] {"b", null, "a"})
                + " " + Arrays.equals(words, new String[] {"b", "", "a"}));
        String[] moreWords = Arrays.copyOf(words, 4);
        System.out.println(Arrays.toString(moreWords));

        int[] r = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(r, 0, r, 2, 5);     // overlapping, forwards
        System.out.println(Arrays.toString(r));
        System.arraycopy(r, 3, r, 1, 5);     // overlapping, backwards
        System.out.println(Arrays.toString(r));
        char[] dst = new char[5];
        System.arraycopy(c, 2, dst, 1, 3);
        System.out.println(Arrays.toString(dst));
        System.arraycopy(words, 0, moreWords, 1, 3);
        System.out.println(Arrays.toString(moreWords));
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919L) % 1000;
        Arrays.sort(big);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
        System.out.println(sorted + " " + big[0] + " " + big[999]);
        System.arraycopy(r, 0, r, 0, 0);
        System.arraycopy(r, 6, r, 2, 3);
        System.out.println("not reached");
    }
}
