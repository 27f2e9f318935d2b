/** Classic switch on int and char: fall-through, default in the middle, sparse and dense cases, nesting. */
public class Switches {
    static int id(int x) { return x; }

    static String name(int n) {
        switch (n) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            default: return "many";
        }
    }

    static int fallThrough(int n) {
        int acc = 0;
        switch (n) {
            case 1:
                acc += 1;
            case 2:
                acc += 10;
            case 3:
                acc += 100;
                break;
            case 4:
                acc += 1000;
            default:
                acc += 10000;
            case 5:
                acc += 100000;
            case 6:
                acc += 1000000;
        }
        return acc;
    }

    static String sparse(int n) {
        switch (n) {
            case -2147483648: return "MIN";
            case 2147483647: return "MAX";
            case -1: return "minus one";
            case 1000000: return "million";
            case 7: case 8: case 9: return "7..9";
            default: return "other";
        }
    }

    static String kind(char c) {
        String r;
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                r = "vowel";
                break;
            case ' ':
                r = "space";
                break;
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                r = "digit";
                break;
            case 'é':
                r = "e-acute";
                break;
            default:
                r = "consonant?";
        }
        return r;
    }

    static int nested(int a, int b) {
        switch (a) {
            case 0:
                switch (b) {
                    case 0: return 0;
                    case 1: break;
                    default: return 2;
                }
                return 1;
            case 1:
                int r = 0;
                switch (b) {
                    default:
                        r += 5;
                    case 3:
                        r += 3;
                }
                return 10 + r;
            default:
                return 99;
        }
    }

    static int emptyAndDefaultOnly(int n) {
        switch (n) { }
        switch (n) {
            default:
                n = n * 2;
        }
        return n;
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 5; i++) System.out.print(name(id(i)) + " ");
        System.out.println();
        for (int i = 0; i <= 8; i++) System.out.println("fallThrough(" + i + ") = " + fallThrough(id(i)));
        System.out.println(sparse(id(Integer.MIN_VALUE)) + ", " + sparse(id(Integer.MAX_VALUE)) + ", " + sparse(id(-1)) + ", "
                + sparse(id(1000000)) + ", " + sparse(id(8)) + ", " + sparse(id(6)) + ", " + sparse(id(999999)));
        for (char c = 'a'; c <= 'k'; c++) System.out.print(kind(c) + " ");
        System.out.println();
        System.out.println(kind(' ') + " " + kind('7') + " " + kind('é') + " " + kind('Z'));
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 4; b++) System.out.print(nested(id(a), id(b)) + " ");
        System.out.println();
        System.out.println(emptyAndDefaultOnly(id(21)));
        int loops = 0;
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0: continue;
                case 1: loops += 1; break;
                case 2: loops += 10;
                case 3: loops += 100;
            }
            loops += 1000;
        }
        System.out.println("loops " + loops);
        byte small = (byte) id(-3);
        switch (small) {
            case -3: System.out.println("byte -3"); break;
            default: System.out.println("byte other");
        }
        final int K = 4;
        switch (id(4)) {
            case K: System.out.println("constant label"); break;
            case K + 1: System.out.println("K+1"); break;
        }
    }
}
