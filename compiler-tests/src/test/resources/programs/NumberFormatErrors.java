public class NumberFormatErrors {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("123"));
        System.out.println(Integer.parseInt("12x"));
        System.out.println("not reached");
    }
}
