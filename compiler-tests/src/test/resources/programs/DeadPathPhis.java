/**
 * Issue 10, bug 1, for every type: phis over edges from code nothing reaches. Each method assigns, compounds
 * and increments a local of one type on paths behind constant conditions (true || z, z && false, !true,
 * constant fields and locals, 1 < 2) in if, ?:, while, do, for, switch, labeled blocks, break and continue,
 * then prints what reached the end. Every main round flips z so both values of the non-constant side run.
 */
public class DeadPathPhis {
    static boolean z;
    static final boolean ON = true;
    static final int LIMIT = 2;

    static String ofInt(int a, int b) {
        final boolean off = false;
        boolean on = true;
        int r = a;
        if (z && false) r = b;
        if (!(true || z)) { r += b; r++; r <<= 1; }
        if (z || true) { r += b; r++; r <<= 1; }   // taken: the values that reach the end show it ran
        int s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r += b; r++; r <<= 1; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r += b; r++; r <<= 1; } }
        skip: { if (ON || z) break skip; r = b; }
        int t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofLong(long a, long b) {
        final boolean off = false;
        boolean on = true;
        long r = a;
        if (z && false) r = b;
        if (!(true || z)) { r *= b; r--; }
        if (z || true) { r *= b; r--; }   // taken: the values that reach the end show it ran
        long s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r *= b; r--; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r *= b; r--; } }
        skip: { if (ON || z) break skip; r = b; }
        long t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofFloat(float a, float b) {
        final boolean off = false;
        boolean on = true;
        float r = a;
        if (z && false) r = b;
        if (!(true || z)) { r /= b; r++; }
        if (z || true) { r /= b; r++; }   // taken: the values that reach the end show it ran
        float s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r /= b; r++; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r /= b; r++; } }
        skip: { if (ON || z) break skip; r = b; }
        float t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofDouble(double a, double b) {
        final boolean off = false;
        boolean on = true;
        double r = a;
        if (z && false) r = b;
        if (!(true || z)) { r -= b; r %= 1.25; }
        if (z || true) { r -= b; r %= 1.25; }   // taken: the values that reach the end show it ran
        double s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r -= b; r %= 1.25; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r -= b; r %= 1.25; } }
        skip: { if (ON || z) break skip; r = b; }
        double t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofBoolean(boolean a, boolean b) {
        final boolean off = false;
        boolean on = true;
        boolean r = a;
        if (z && false) r = b;
        if (!(true || z)) { r &= b; r ^= true; }
        if (z || true) { r &= b; r ^= true; }   // taken: the values that reach the end show it ran
        boolean s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r &= b; r ^= true; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r &= b; r ^= true; } }
        skip: { if (ON || z) break skip; r = b; }
        boolean t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofChar(char a, char b) {
        final boolean off = false;
        boolean on = true;
        char r = a;
        if (z && false) r = b;
        if (!(true || z)) { r += 1; r++; }
        if (z || true) { r += 1; r++; }   // taken: the values that reach the end show it ran
        char s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r += 1; r++; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r += 1; r++; } }
        skip: { if (ON || z) break skip; r = b; }
        char t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofByte(byte a, byte b) {
        final boolean off = false;
        boolean on = true;
        byte r = a;
        if (z && false) r = b;
        if (!(true || z)) { r *= 100; r--; }
        if (z || true) { r *= 100; r--; }   // taken: the values that reach the end show it ran
        byte s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r *= 100; r--; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r *= 100; r--; } }
        skip: { if (ON || z) break skip; r = b; }
        byte t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofShort(short a, short b) {
        final boolean off = false;
        boolean on = true;
        short r = a;
        if (z && false) r = b;
        if (!(true || z)) { r *= 300; r++; }
        if (z || true) { r *= 300; r++; }   // taken: the values that reach the end show it ran
        short s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r *= 300; r++; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r *= 300; r++; } }
        skip: { if (ON || z) break skip; r = b; }
        short t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofString(String a, String b) {
        final boolean off = false;
        boolean on = true;
        String r = a;
        if (z && false) r = b;
        if (!(true || z)) { r += b; r += 1; }
        if (z || true) { r += b; r += 1; }   // taken: the values that reach the end show it ran
        String s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r += b; r += 1; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r += b; r += 1; } }
        skip: { if (ON || z) break skip; r = b; }
        String t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofIntArray(int[] a, int[] b) {
        final boolean off = false;
        boolean on = true;
        int[] r = a;
        if (z && false) r = b;
        if (!(true || z)) { r[0] += 5; r = b; }
        if (z || true) { r[0] += 5; r = b; }   // taken: the values that reach the end show it ran
        int[] s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r[0] += 5; r = b; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r[0] += 5; r = b; } }
        skip: { if (ON || z) break skip; r = b; }
        int[] t = !on ? b : a;
        if (z) t = b;
        return r.length + "/" + r[0] + " " + s.length + "/" + s[0] + " " + t.length + "/" + t[0];
    }

    static String ofObject(Object a, Object b) {
        final boolean off = false;
        boolean on = true;
        Object r = a;
        if (z && false) r = b;
        if (!(true || z)) { r = b; }
        if (z || true) { r = b; }   // taken: the values that reach the end show it ran
        Object s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r = b; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r = b; } }
        skip: { if (ON || z) break skip; r = b; }
        Object t = !on ? b : a;
        if (z) t = b;
        return r + " " + s + " " + t;
    }

    static String ofLongMatrix(long[][] a, long[][] b) {
        final boolean off = false;
        boolean on = true;
        long[][] r = a;
        if (z && false) r = b;
        if (!(true || z)) { r[0][0]++; r = b; }
        if (z || true) { r[0][0]++; r = b; }   // taken: the values that reach the end show it ran
        long[][] s = (false && z) ? b : (z || ON) ? r : b;
        while (z && off) r = b;
        for (int i = 0; i < LIMIT; i++) { if (on || z) continue; r = b; }
        do { if (1 < 2) break; r[0][0]++; r = b; } while (z);
        switch (on ? 1 : 2) { case 2: r = b; break; default: s = r; case 1: if (!on) { r[0][0]++; r = b; } }
        skip: { if (ON || z) break skip; r = b; }
        long[][] t = !on ? b : a;
        if (z) t = b;
        return r.length + "/" + r[0][0] + " " + s.length + "/" + s[0][0] + " " + t.length + "/" + t[0][0];
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            System.out.println("int: " + ofInt(3, 7));
            System.out.println("long: " + ofLong(3L, -7L));
            System.out.println("float: " + ofFloat(1.5f, 2.25f));
            System.out.println("double: " + ofDouble(1.5, -2.75));
            System.out.println("boolean: " + ofBoolean(true, false));
            System.out.println("char: " + ofChar('a', 'q'));
            System.out.println("byte: " + ofByte((byte) 3, (byte) -7));
            System.out.println("short: " + ofShort((short) 300, (short) -7));
            System.out.println("String: " + ofString("x", "y"));
            System.out.println("int[]: " + ofIntArray(new int[] {1}, new int[] {2, 3}));
            System.out.println("Object: " + ofObject("o", null));
            System.out.println("long[][]: " + ofLongMatrix(new long[][] {{1}}, new long[][] {{2, 3}}));
            z = !z;
        }
    }
}
