package ostoo.shim;

import ostoo.rt.Mem;

/** Decimal formatting of integers, as {@code Long.toString} prints them, into raw memory. */
final class Numbers {
    private Numbers() { }

    /** Writes the decimal form of {@code v} (ASCII) at {@code at}; returns its length (at most 20). */
    static int formatLong(long v, long at) {
        int n = digits(v);
        long p = at + n;
        // Work on the negative value so that Long.MIN_VALUE needs no special case.
        long q = v < 0 ? v : -v;
        do {
            p--;
            long next = q / 10;
            Mem.storeByte(p, (byte) ('0' + (int) (next * 10 - q)));
            q = next;
        } while (q != 0);
        if (v < 0) Mem.storeByte(at, (byte) '-');
        return n;
    }

    /** The length of the decimal form of {@code v}, sign included. */
    static int digits(long v) {
        int n = v < 0 ? 2 : 1;
        long q = v < 0 ? v : -v;
        while (q <= -10) {
            q = q / 10;
            n++;
        }
        return n;
    }
}
