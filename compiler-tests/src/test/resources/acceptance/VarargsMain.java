public class VarargsMain {
    static int max(int first, int... rest) {
        int m = first;
        for (int r : rest) m = Math.max(m, r);
        return m;
    }

    public static void main(String... args) {
        System.out.println(max(3) + " " + max(3, 9, 4) + " " + args.length);
    }
}
