public class SwitchStrings {
    static int code(String s) {
        switch (s) {
            case "apple":
                return 1;
            case "banana":
            case "cherry":
                return 2;
            case "":
                return 3;
            default:
                return -1;
        }
    }

    static String arrow(String s) {
        return switch (s) {
            case "Aa", "BB" -> "collide:" + s;   // same hashCode
            case "hello" -> "greeting";
            default -> "other:" + s;
        };
    }

    public static void main(String[] args) {
        String[] words = {"apple", "banana", "cherry", "", "durian", "Apple"};
        for (String w : words) System.out.println(w + " " + code(w));
        System.out.println(arrow("Aa") + " " + arrow("BB") + " " + arrow("hello") + " " + arrow("C#"));
        StringBuilderFree: {
            String x = "he";
            x += "llo";
            System.out.println(arrow(x));
        }
        int n = 0;
        for (String w : words) {
            switch (w) {
                case "apple" -> n += 1;
                case "cherry" -> n += 100;
                default -> { }
            }
        }
        System.out.println(n);
        String nothing = null;
        System.out.println(code(nothing));
    }
}
