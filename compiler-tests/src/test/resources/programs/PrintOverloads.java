/** Every System.out / System.err print and println overload of this stage: String, int, long, char, boolean, (). */
public class PrintOverloads {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        System.out.print("s");
        System.out.print(1);
        System.out.print(-2L);
        System.out.print('c');
        System.out.print(true);
        System.out.print(false);
        System.out.println();
        System.out.println("string");
        System.out.println(12345);
        System.out.println(-12345);
        System.out.println(0);
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Integer.MAX_VALUE);
        System.out.println(Long.MIN_VALUE);
        System.out.println(Long.MAX_VALUE);
        System.out.println(0L);
        System.out.println('x');
        System.out.println('\u00e9');
        System.out.println('✓');
        System.out.println(true);
        System.out.println(false);
        System.out.println();
        System.out.println(id(-1));
        System.out.println((long) id(-1) << 32);
        byte b = (byte) id(-5);
        short s = (short) id(-500);
        System.out.println(b);
        System.out.println(s);
        System.out.print(b);
        System.out.print(s);
        System.out.println();
        System.out.println(b + s);
        System.out.println((char) (id('a') + 1));
        System.out.println(id(1) < 2);
        String nothing = null;
        System.out.println(nothing);
        System.out.print(nothing);
        System.out.println();
        System.err.println("to stderr");
        System.err.print("stderr ");
        System.err.print(1);
        System.err.print(2L);
        System.err.print('c');
        System.err.print(true);
        System.err.println();
        System.err.println(42);
        System.err.println(42L);
        System.err.println('z');
        System.err.println(false);
        System.out.println("after stderr");
        for (int i = 0; i < 5; i++) {
            System.out.println(i);
            System.err.println(-i);
        }
        System.out.println("done");
    }
}
