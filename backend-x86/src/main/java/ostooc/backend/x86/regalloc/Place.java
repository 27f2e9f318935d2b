package ostooc.backend.x86.regalloc;

import ostooc.backend.x86.asm.Reg;

/** Where a value is at run time after allocation: a register, an 8-byte stack slot, or (as a source only) a constant. */
public sealed interface Place {
    record InReg(Reg reg) implements Place { @Override public String toString() { return reg.name().toLowerCase(); } }
    record InSlot(int slot) implements Place { @Override public String toString() { return "slot" + slot; } }
    record Imm(long value) implements Place { @Override public String toString() { return "$" + value; } }

    static Place reg(Reg r) { return new InReg(r); }
    static Place slot(int s) { return new InSlot(s); }
    static Place imm(long v) { return new Imm(v); }
}
