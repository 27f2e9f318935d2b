/**
 * A hash-mixing loop: xorshift32 feeding an FNV-style mixer chosen by a switch with fall-through,
 * then a 64-bit multiply-xorshift accumulator. Shifts (<<, >>, >>>), int and long wrap-around,
 * rotates, switch lowering, and a static field updated in the loop.
 */
public class Hash {
    static int rounds = 30000000;
    static long acc = 0x243F6A8885A308D3L;

    static int mix(int h, int x) {
        switch (x & 7) {
            case 0:
                h = (h ^ x) * 16777619;
                break;
            case 1:
                h += x >>> 3;
                // fall through
            case 2:
                h = (h << 7) | (h >>> 25);
                break;
            case 3:
                h ^= x >> 11;
                break;
            case 4:
                h = h * 31 + (x & 0xFFFF);
                break;
            case 5:
                h -= x << 2;
                // fall through
            case 6:
                h ^= h >>> 15;
                break;
            default:
                h = ~h + (x >>> 16);
        }
        return h;
    }

    public static void main(String[] args) {
        int x = 123456789;
        int h = 0x811C9DC5;
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            h = mix(h, x);
            acc = (acc ^ h) * 0x9E3779B97F4A7C15L;
            acc ^= acc >>> 29;
        }
        System.out.println("x = " + x + ", h = " + h);
        System.out.println("acc = " + acc);
    }
}
