public class Temperatures {
    public static void main(String[] args) {
        for (int c = -10; c <= 40; c += 10) {
            double f = c * 9.0 / 5 + 32;
            System.out.println(String.format("%4d C = %6.1f F", c, f));
        }
        System.out.printf("%s has %d items%n", "list", 3);
    }
}
