public class SwitchArrow {
    static String kind(int n) {
        String r = "?";
        switch (n) {
            case 1, 2 -> r = "small";
            case 3 -> { r = "three"; }
            case 4, 5, 6 -> {
                if (n == 5) { r = "five"; break; }
                r = "mid";
            }
            default -> r = "big";
        }
        return r;
    }

    static int ret(char c) {
        switch (c) {
            case 'a' -> { return 1; }
            case 'b' -> { return 2; }
            default -> { return 0; }
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 9; i++) System.out.println(i + " " + kind(i));
        System.out.println(ret('a') + ret('b') * 10 + ret('z') * 100);
        int count = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0 -> count += 1;
                case 1 -> { if (i > 6) break outer; count += 10; }
                case 2 -> { continue; }
            }
            count += 100;
        }
        System.out.println(count);
        byte b = 3;
        switch (b) { case 3 -> System.out.println("byte three"); default -> { } }
        short s = -2;
        switch (s) { case -2 -> System.out.println("short minus two"); case 2 -> System.out.println("no"); }
    }
}
