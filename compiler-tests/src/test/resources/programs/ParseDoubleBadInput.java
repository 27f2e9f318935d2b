public class ParseDoubleBadInput {
    public static void main(String[] args) {
        System.out.println(Double.parseDouble("-Infinity"));
        System.out.println(Double.parseDouble("1e+"));
        System.out.println("not reached");
    }
}
