public class StringBuilderIndexError {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("abc");
        sb.deleteCharAt(1);
        System.out.println(sb);
        sb.insert(7, "x");
        System.out.println("not reached");
    }
}
