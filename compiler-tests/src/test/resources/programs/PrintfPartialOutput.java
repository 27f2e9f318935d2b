/** printf writes as it formats: on a bad argument the JDK has already printed the text before it. */
public class PrintfPartialOutput {
    public static void main(String[] args) {
        System.out.printf("[%d > %d]", -42, -1);
        System.out.println();
        System.out.printf("[%d > %d]", -42, true);
    }
}
