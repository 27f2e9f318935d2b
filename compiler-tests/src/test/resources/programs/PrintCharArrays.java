/** print/println of char[] and of every other type, on System.out and System.err. */
public class PrintCharArrays {
    public static void main(String[] args) {
        char[] c = {'h', 'é', '€', '\n', 'x'};
        System.out.println(c);
        System.out.print(c);
        System.out.println(new char[0]);
        System.err.println(c);
        System.err.print(c);
        System.out.println(String.valueOf(c) + new String(c, 1, 2) + String.valueOf(c, 0, 1) + String.copyValueOf(c));
        Object o = null;
        String s = null;
        System.out.println(o);
        System.out.println(s);
        System.out.print(o);
        System.out.print(s);
        System.out.println();
        System.out.println((byte) -3);
        System.out.println((short) 300);
        System.out.println(1.5f);
        System.out.println(-0.0);
        System.out.println('q');
        System.out.println(7L);
        System.out.println(false);
        System.out.print((byte) 1);
        System.out.print((short) 2);
        System.out.print(3.25f);
        System.out.print(4.5);
        System.out.print('c');
        System.out.print(5L);
        System.out.print(true);
        System.out.print(new StringBuilder("sb"));
        System.out.println();
        System.err.println(2.5);
        System.err.println(2.5f);
        System.err.println(o);
        System.err.print(1L);
        System.err.println((Object) "text");
    }
}
