/** ++ and -- (pre and post) on int, long, byte, short, char locals and statics, as statements and values. */
public class IncDec {
    static int counter;
    static long lcounter = Long.MAX_VALUE;
    static byte sbyte = 127;
    static char schar = '\uffff';
    static short sshort = -32768;

    static int id(int x) { return x; }

    static int next() { return ++counter; }

    public static void main(String[] args) {
        int i = id(5);
        System.out.println(i++);
        System.out.println(i);
        System.out.println(++i);
        System.out.println(i--);
        System.out.println(--i);
        System.out.println(i++ + i++);
        System.out.println(i);
        System.out.println(i-- - --i);
        System.out.println(i);
        int j = i++ * 10 + i;
        System.out.println("j " + j + " i " + i);
        i = i++;
        System.out.println("i = i++ -> " + i);
        i = ++i;
        System.out.println("i = ++i -> " + i);
        int m = id(Integer.MAX_VALUE);
        m++;
        System.out.println("MAX++ -> " + m);
        m--;
        System.out.println("MIN-- -> " + m);
        long l = id(-1);
        System.out.println(l++ + " " + l + " " + ++l + " " + l-- + " " + --l);
        byte b = (byte) id(127);
        b++;
        System.out.println("byte 127++ -> " + b);
        System.out.println("byte post-- value " + (b--) + " then " + b);
        short s = (short) id(32767);
        ++s;
        System.out.println("short 32767 ++ -> " + s);
        char c = (char) id(0);
        c--;
        System.out.println("char 0-- -> " + (int) c);
        System.out.println("char pre++ value " + (int) (++c));
        char letter = 'a';
        System.out.println(letter++);
        System.out.println(letter);
        System.out.println(++letter);
        System.out.println(counter++);
        System.out.println(++counter);
        System.out.println(counter--);
        System.out.println(counter);
        System.out.println(next() + next() * next());
        System.out.println("counter " + counter);
        lcounter++;
        System.out.println("static long MAX++ -> " + lcounter);
        System.out.println(lcounter-- + " " + lcounter);
        sbyte++;
        schar++;
        sshort--;
        System.out.println("statics: " + sbyte + " " + (int) schar + " " + sshort);
        System.out.println(--sbyte + " " + (int) --schar + " " + ++sshort);
        int k = 0;
        for (int n = 0; n < 10; n++) k += n;
        System.out.println("k " + k);
        int down = 10;
        while (down-- > 0) System.out.print(down + " ");
        System.out.println();
        int up = 0;
        while (++up < 5) System.out.print(up + " ");
        System.out.println("(up " + up + ")");
    }
}
