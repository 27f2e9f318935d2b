package ostoo.rt;

/**
 * main's {@code String[] args} from the process's argc/argv (argv[0], the program, is not part of it, as
 * on the JVM). ostoo may start a process with argc 0: then args is empty. Arguments are decoded from
 * UTF-8 (the JVM's sun.jnu.encoding under a UTF-8 locale), malformed bytes as U+FFFD.
 */
public final class Args {
    private Args() { }

    public static String[] fromArgv(long argc, long argv) {
        int n = argc > 1 ? (int) (argc - 1) : 0;
        String[] args = new String[n];
        for (int i = 0; i < n; i++) args[i] = decode(Mem.loadLong(argv + 8L * (i + 1)));
        return args;
    }

    /**
     * The 0-terminated UTF-8 string at {@code p} as a new String, in one pass: a byte never gives more than
     * one UTF-16 unit, so the string is allocated as UTF-16 for that many and its length fixed at the end
     * (the unused tail is never freed, like every allocation); when every char turns out to be at most
     * 0xFF it is then narrowed in place to Latin-1, the canonical form ({@link StringUnits}).
     *
     * <p>Malformed input gives U+FFFD exactly where the JDK's decoder ({@code new String(bytes, UTF_8)})
     * puts one: one for a byte that cannot start a sequence, one for the longest valid start of a
     * sequence cut short (by a byte outside the range allowed there, or by the end), and one for a whole
     * encoded surrogate ({@code ED A0..BF xx}: the JDK reads it whole, as the one place it departs from
     * Unicode's "maximal subpart" rule). The second byte's range rules out overlong forms and code points
     * above U+10FFFF: E0 needs A0..BF, F0 needs 90..BF, F4 needs 80..8F, every other place 80..BF.
     */
    static String decode(long p) {
        long end = p;
        while (Mem.loadByte(end) != 0) end++;
        long s = StringUnits.allocate((int) (end - p), StringUnits.UTF16);
        long at = s + Layout.STRING_CHARS;
        int all = 0;   // every char or'ed: a Latin-1 string when below 0x100
        for (long q = p; q < end; ) {
            int b = Mem.loadUnsignedByte(q++);
            int n = b < 0x80 ? 0 : b < 0xC2 ? -1 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : b <= 0xF4 ? 3 : -1;   // continuation bytes
            int cp = b & (0x7F >> n);   // the lead byte's payload bits
            int lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int hi = b == 0xF4 ? 0x8F : 0xBF;
            int k = 0;
            for (; k < n && q < end; k++, q++) {
                int x = Mem.loadUnsignedByte(q);
                if (x < lo || x > hi) break;   // not consumed: it starts what comes next
                cp = (cp << 6) | (x & 0x3F);
                lo = 0x80;
                hi = 0xBF;
            }
            if (k != n || (cp >> 11) == 0x1B) cp = 0xFFFD;   // cut short or invalid lead, or a surrogate
            all |= cp;
            if (cp >= 0x10000) {
                Mem.storeChar(at, (char) (0xD7C0 + (cp >> 10)));     // 0xD800 + ((cp - 0x10000) >> 10)
                cp = 0xDC00 + (cp & 0x3FF);
                at += 2;
            }
            Mem.storeChar(at, (char) cp);
            at += 2;
        }
        int length = (int) ((at - s - Layout.STRING_CHARS) >> 1);
        Mem.storeInt(s + Layout.STRING_LENGTH, length);
        if (all <= 0xFF) {   // narrow in place, low to high: byte i never passes char i
            for (int i = 0; i < length; i++) Mem.storeByte(s + Layout.STRING_CHARS + i, (byte) Mem.loadChar(s + Layout.STRING_CHARS + 2L * i));
            Mem.storeByte(s + Layout.STRING_CODER, (byte) StringUnits.LATIN1);
        }
        return Mem.stringAt(s);
    }
}
