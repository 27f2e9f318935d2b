public class ParseDoubleEmpty {
    public static void main(String[] args) {
        System.out.println(Double.parseDouble(" 2.5 "));
        System.out.println(Double.parseDouble(" \t "));
        System.out.println("not reached");
    }
}
