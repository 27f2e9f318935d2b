public class StringCharAtError {
    public static void main(String[] args) {
        String s = "abc";
        System.out.println(s.charAt(2));
        System.out.println(s.charAt(s.length() + 2));
    }
}
