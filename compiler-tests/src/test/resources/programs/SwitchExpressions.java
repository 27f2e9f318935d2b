public class SwitchExpressions {
    static int days(int month, boolean leap) {
        return switch (month) {
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            case 4, 6, 9, 11 -> 30;
            case 2 -> leap ? 29 : 28;
            default -> -1;
        };
    }

    static String colon(int x) {
        String s = switch (x) {
            case 0:
            case 1:
                yield "low";
            case 2: {
                String t = "two";
                yield t + "!";
            }
            default:
                if (x < 0) yield "negative";
                yield "high " + x;
        };
        return s;
    }

    static long widen(int x) {
        return switch (x) { case 1 -> 1; case 2 -> 2L << 40; default -> x; };
    }

    static char letter(int x) {
        var i = switch (x) { case 0 -> 'a'; case 1 -> 66; default -> 'z'; };   // int, as javac types it
        char c = switch (x) { case 0 -> 'a'; default -> 'z'; };
        byte b = 1;
        short s = 2;
        var bs = switch (x) { case 0 -> b; default -> s; };   // short
        System.out.println(i + " " + c + " " + bs);
        return (char) i;
    }

    static int nested(int a, int b) {
        return switch (a) {
            case 0 -> switch (b) { case 0 -> 0; default -> 1; };
            case 1 -> {
                int sum = 0;
                for (int i = 0; i < b; i++) {
                    switch (i) { case 2: continue; default: sum += i; }
                }
                yield sum;
            }
            default -> {
                int r = switch (b) {
                    case 1: { int q = a * 10; yield q; }
                    default: yield -a;
                };
                yield r + 1;
            }
        };
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 13; m++) System.out.print(days(m, m % 2 == 0) + " ");
        System.out.println();
        for (int i = -1; i < 5; i++) System.out.println(colon(i));
        System.out.println(widen(1) + " " + widen(2) + " " + widen(7));
        System.out.println(letter(0) + "" + letter(1) + letter(9));
        System.out.println(nested(0, 0) + " " + nested(0, 5) + " " + nested(1, 6) + " " + nested(3, 1) + " " + nested(3, 2));
        int total = 0;
        for (int i = 0; i < 20; i++) total += switch (i % 3) { case 0 -> i; case 1 -> -i; default -> 2 * i; } * 2;
        System.out.println(total);
        boolean even = switch (total & 1) { case 0 -> true; default -> false; };
        System.out.println(even);
        Object o = switch (total) { case 0 -> "zero"; default -> new int[3]; };
        System.out.println(o instanceof int[]);
        // poly switch expressions (JLS 15.28.1): each arm converts to the target type
        byte small = switch (total % 3) { case 0 -> 1; case 1 -> 'a'; default -> -3; };
        long wide = switch (total % 2) { case 0 -> 'x'; default -> 7; };
        Object text = switch (total % 2) { case 0 -> "even"; default -> new StringBuilder("odd"); };
        System.out.println(small + " " + wide + " " + text);
    }
}
