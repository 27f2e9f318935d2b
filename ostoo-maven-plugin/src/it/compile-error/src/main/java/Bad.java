public class Bad {
    public static void main(String[] args) {
        long big = 1L << 40;
        int x = big;
        java.util.List<String> names = null;
        System.out.println(x);
    }
}
