/**
 * String building: many short concatenations (+= of char and int, a mixed int/long/boolean/char
 * expression), i.e. int-to-decimal conversion, allocation and copying. With no garbage collector yet
 * every intermediate string stays on the brk heap (about 80 MB here), so the count is modest.
 */
public class Strings {
    public static void main(String[] args) {
        int rounds = 25000;
        String last = "";
        int lines = 0;
        for (int r = 0; r < rounds; r++) {
            String s = "";
            for (int i = 0; i < 40; i++) {
                s += (char) ('a' + (i + r) % 26);
                if (i % 10 == 9) {
                    s += i * r;
                    s += ',';
                }
            }
            String t = "r" + r + "/" + (r * 2654435761L) + ":" + (r % 3 == 0) + '!' + s;
            if (r % 2500 == 0) {
                System.out.println(t);
                lines++;
            }
            last = t;
        }
        System.out.println(last);
        System.out.println("lines: " + lines);
    }
}
