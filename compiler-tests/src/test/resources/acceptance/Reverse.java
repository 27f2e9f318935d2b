public class Reverse {
    static boolean isPalindrome(String s) {
        String clean = s.toLowerCase().replace(" ", "");
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }

    public static void main(String[] args) {
        String[] words = { "level", "ostoo", "never odd or even", "java" };
        for (String w : words) System.out.println(w + " -> " + isPalindrome(w));
    }
}
