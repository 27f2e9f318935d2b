public class PrintNullCharArray {
    public static void main(String[] args) {
        char[] none = null;
        System.out.println(new char[] {'o', 'k'});
        System.out.println(none);
        System.out.println("not reached");
    }
}
