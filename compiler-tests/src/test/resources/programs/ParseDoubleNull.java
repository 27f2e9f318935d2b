public class ParseDoubleNull {
    public static void main(String[] args) {
        System.out.println(Double.parseDouble("NaN"));
        System.out.println(Double.parseDouble((String) null));
        System.out.println("not reached");
    }
}
