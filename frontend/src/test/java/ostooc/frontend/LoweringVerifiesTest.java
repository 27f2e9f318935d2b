package ostooc.frontend;

import org.junit.jupiter.api.Test;

/** A program touching every statement and operator of the subset lowers to IR the verifier accepts. */
class LoweringVerifiesTest {
    @Test
    void kitchenSink() {
        TestSupport.compileOk("Sink.java", """
                class Sink {
                    static byte counter = 1;
                    static String log;
                    static { log = "start"; counter++; }
                    static long mix(long a, int b, char c, short s, boolean f) {
                        long r = a % b + (c >>> 2) - (s << 40L) ^ ~b;
                        r >>= 3; r *= f ? -1 : 2;
                        int k = 0;
                        do { k++; if (k == 2) continue; r += k; } while (k < 5);
                        block: { if (r > 7) break block; r--; }
                        String t = null;
                        t += 'x';
                        t = t + 1 + 2L + true + (byte) 3 + (short) 4;
                        if (t == "x" || t != null && !f) r++;
                        counter += 200; --counter; counter--;
                        return r / b;
                    }
                    static int main() {
                        int x = 5;
                        switch (x) { default: x = 1; case 1: x += 2; break; case 2: case 3: return 4; }
                        System.out.print('c'); System.out.println((short) 3); System.err.println(true); System.out.println();
                        if (x > 100) System.exit(3);
                        return (int) mix(10L, x, 'a', (short) 2, false) + (log.length() > 0 ? log.charAt(0) : 0);
                    }
                }
                """);
    }
}
