/** Unboxing null is a NullPointerException (JLS 5.1.8), here in a conditional typed int by JLS 15.25. */
public class UnboxNull {
    static Integer lookup(int k) { return k > 2 ? null : k; }
    public static void main(String[] args) {
        int sum = 0;
        for (int k = 0; k < 5; k++) {
            sum += lookup(k);
            System.out.println(sum);
        }
    }
}
