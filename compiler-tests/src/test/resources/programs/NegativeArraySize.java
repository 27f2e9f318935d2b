public class NegativeArraySize {
    public static void main(String[] args) {
        int n = 3;
        char[] c = new char[n];
        System.out.println(c.length);
        n -= 4;
        String[] s = new String[n];
        System.out.println("not reached " + s.length);
    }
}
