public class ArrayDefaults {
    static boolean[] zs = new boolean[2];
    static long[] js;

    public static void main(String[] args) {
        int[] is = new int[3];
        byte[] bs = new byte[5];
        short[] ss = new short[2];
        char[] cs = new char[2];
        String[] strs = new String[2];
        js = new long[3];
        System.out.println(is[0] + is[1] + is[2]);
        System.out.println(bs[4] + " " + ss[1] + " " + (int) cs[0] + " " + js[2] + " " + zs[1]);
        System.out.println(strs[0] + " " + (strs[1] == null));
        System.out.println(js == null);
        // big allocations are zeroed too, and do not overlap
        int[] big = new int[100000];
        int[] other = new int[100000];
        for (int i = 0; i < other.length; i++) other[i] = -1;
        long s = 0;
        for (int i = 0; i < big.length; i++) s += big[i];
        System.out.println(s + " " + other[99999] + " " + big[99999]);
    }
}
