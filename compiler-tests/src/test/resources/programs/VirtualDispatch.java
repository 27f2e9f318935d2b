/** Virtual calls with many arguments (some on the stack), long/char/byte parameters, and final/private direct calls. */
public class VirtualDispatch {
    static class Base {
        long acc = 1;
        long mix(int a, long b, char c, byte d, short e, boolean f, int g, long h) {
            return a + b + c + d + e + (f ? 1 : 0) + g + h;
        }
        private int secret() { return 7; }
        final int reveal() { return secret() * 2; }
        Base self() { return this; }
    }

    static class Derived extends Base {
        long mix(int a, long b, char c, byte d, short e, boolean f, int g, long h) {
            acc = acc * 31 + super.mix(a, b, c, d, e, f, g, h);
            return acc - a * g + h;
        }
        private int secret() { return 100; }   // not an override: Base.reveal still sees Base.secret
    }

    public static void main(String[] args) {
        Base x = new Base(), y = new Derived();
        for (int i = 0; i < 3; i++) {
            System.out.println(x.mix(i, 1L << 40, 'z', (byte) -3, (short) 300, i % 2 == 0, -i, 9_000_000_000L));
            System.out.println(y.mix(i, 1L << 40, 'z', (byte) -3, (short) 300, i % 2 == 0, -i, 9_000_000_000L));
        }
        System.out.println(x.reveal() + " " + y.reveal() + " " + (y.self() == y) + " " + y.self().acc);
    }
}
