public class ParseFloatBadHex {
    public static void main(String[] args) {
        System.out.println(Float.parseFloat("0x1.8p1"));
        System.out.println(Float.parseFloat("0x1.8"));
        System.out.println("not reached");
    }
}
