public class ParseDoubleMultiplePoints {
    public static void main(String[] args) {
        System.out.println(Float.parseFloat("1.25e1f"));
        System.out.println(Double.parseDouble("1.2.3"));
        System.out.println("not reached");
    }
}
