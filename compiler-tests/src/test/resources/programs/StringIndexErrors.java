public class StringIndexErrors {
    public static void main(String[] args) {
        String s = "abc";
        System.out.println(s.substring(1, 3));
        System.out.println(s.substring(0, args.length + 5));
        System.out.println("not reached");
    }
}
