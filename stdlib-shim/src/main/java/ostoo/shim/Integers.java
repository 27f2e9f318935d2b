package ostoo.shim;

import ostoo.rt.Layout;
import ostoo.rt.Mem;

/** {@code Integer}'s static helpers the compiler maps Java onto ({@code Integer.toHexString}). */
public final class Integers {
    private Integers() { }

    /** {@code Integer.toHexString}: unsigned, lower case, no leading zeros. */
    public static String toHexString(int v) {
        int n = 1;
        while (n < 8 && (v >>> (4 * n)) != 0) n++;
        long r = Mem.allocate(Layout.stringSize(n));
        Mem.storeInt(r + Layout.STRING_LENGTH, n);
        for (int i = 0; i < n; i++) {
            int digit = (v >>> (4 * (n - 1 - i))) & 15;
            Mem.storeChar(r + Layout.STRING_CHARS + 2L * i, (char) (digit < 10 ? '0' + digit : 'a' + digit - 10));
        }
        return Mem.stringAt(r);
    }
}
