package ostooc.backend.x86.asm;

/**
 * Encodes one instruction from its parts, in the fixed x86 order:
 * [0x66] [mandatory prefix] [REX] opcode... [ModRM [SIB] [disp]] [imm].
 * Every Assembler method is a one-line description built on this; SSE2 fits by setting a mandatory
 * prefix (0x66/0xF2/0xF3) and a 0x0F opcode. The REX prefix is derived, never asked for: W from the
 * width, R/X/B from extended registers, and an empty REX (0x40) when a byte operand names spl/bpl/sil/dil.
 */
final class Encoding {
    private Width width = Width.B32;
    private int mandatoryPrefix = -1;
    private int[] opcode;
    private Reg opcodeReg;        // +r forms (push, mov r,imm)
    private Reg regReg;           // ModRM.reg holds a register...
    private int regDigit = -1;    // ...or an opcode extension /digit
    private Reg rmReg;            // ModRM.rm is a register...
    private Mem rmMem;            // ...or memory
    private int immSize;
    private long imm;
    private boolean rexWForced;
    private boolean byteRm;       // the rm register is 8-bit although the width is not (movzx/movsx r, r8)   // e.g. a 64-bit operation spelled with a 32-bit 'width' (movsxd)

    static Encoding op(Width w, int... opcode) {
        Encoding e = new Encoding();
        e.width = w;
        e.opcode = opcode;
        return e;
    }

    Encoding mandatory(int prefix) {
        this.mandatoryPrefix = prefix;
        return this;
    }

    Encoding plusReg(Reg r) {
        this.opcodeReg = r;
        return this;
    }

    Encoding reg(Reg r) {
        this.regReg = r;
        return this;
    }

    Encoding digit(int d) {
        this.regDigit = d;
        return this;
    }

    Encoding rm(Reg r) {
        this.rmReg = r;
        return this;
    }

    Encoding rm(Mem m) {
        this.rmMem = m;
        return this;
    }

    Encoding imm(int size, long value) {
        this.immSize = size;
        this.imm = value;
        return this;
    }

    Encoding byteRm() {
        this.byteRm = true;
        return this;
    }

    void emit(CodeBuffer out) {
        if (width == Width.B16) {
            out.u8(0x66);
        }
        if (mandatoryPrefix >= 0) {
            out.u8(mandatoryPrefix);
        }
        emitRex(out);
        for (int i = 0; i < opcode.length; i++) {
            int b = opcode[i];
            if (i == opcode.length - 1 && opcodeReg != null) {
                b += opcodeReg.low3();
            }
            out.u8(b);
        }
        int dispPos = -1;
        if (regReg != null || regDigit >= 0) {
            int reg = regReg != null ? regReg.low3() : regDigit;
            dispPos = rmMem != null ? ModRm.memory(out, reg, rmMem) : direct(out, reg);
        }
        out.le(imm, immSize);
        if (dispPos >= 0 && rmMem.symbol() != null) {
            if (rmMem.isRipRelative()) {
                // PC32 is relative to the end of the instruction; P is the field, so subtract the bytes after it.
                out.addReloc(new Reloc(dispPos, RelocType.R_X86_64_PC32, rmMem.symbol(),
                        (long) rmMem.disp() - (out.position() - dispPos)));
            } else {
                out.addReloc(new Reloc(dispPos, RelocType.R_X86_64_32S, rmMem.symbol(), rmMem.disp()));
            }
        }
    }

    private int direct(CodeBuffer out, int reg) {
        out.u8(0xC0 | reg << 3 | rmReg.low3());
        return -1;
    }

    private void emitRex(CodeBuffer out) {
        boolean w = width == Width.B64;
        boolean r = regReg != null && regReg.isExtended();
        boolean x = rmMem != null && rmMem.index() != null && rmMem.index().isExtended();
        boolean b = (rmReg != null && rmReg.isExtended())
                || (rmMem != null && rmMem.base() != null && rmMem.base().isExtended())
                || (opcodeReg != null && opcodeReg.isExtended());
        boolean byteRegNeedsRex = width == Width.B8
                && ((regReg != null && regReg.needsRexAsByte())
                || (rmReg != null && rmReg.needsRexAsByte())
                || (opcodeReg != null && opcodeReg.needsRexAsByte()))
                || (byteRm && rmReg != null && rmReg.needsRexAsByte());
        if (w || r || x || b || byteRegNeedsRex) {
            out.u8(0x40 | (w ? 8 : 0) | (r ? 4 : 0) | (x ? 2 : 0) | (b ? 1 : 0));
        }
    }
}
