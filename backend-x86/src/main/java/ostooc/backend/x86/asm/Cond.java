package ostooc.backend.x86.asm;

/**
 * Condition codes in hardware order: the ordinal is the low nibble of Jcc (0x70+cc, 0x0F 0x80+cc),
 * SETcc (0x0F 0x90+cc) and CMOVcc (0x0F 0x40+cc). Lower-cased names are objdump's suffixes.
 */
public enum Cond {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    public int code() {
        return ordinal();
    }

    /** The opposite condition: the hardware encodes it by flipping bit 0. */
    public Cond negate() {
        return values()[ordinal() ^ 1];
    }
}
