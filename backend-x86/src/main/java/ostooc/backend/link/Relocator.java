package ostooc.backend.link;

import static ostooc.backend.elf.Elf.SHF_TLS;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import ostooc.backend.obj.Section;
import ostooc.backend.x86.asm.Reloc;

/**
 * Applies relocations in the psABI's terms: S = the symbol's address, A = the addend, P = the address
 * of the field being patched, G + GOT = the address of the symbol's GOT slot, tpoff(S) = S's offset from
 * the thread pointer. A static, non-PIE link has no PLT, so PLT32 (L + A - P) is PC32 with L = S. GOT
 * relocations are relaxed or given a slot as {@link Got} decides. Values that do not fit the field are
 * errors, never silently truncated. Assumes the image already holds the sections' bytes.
 */
final class Relocator {
    private Relocator() {
    }

    static void apply(List<InputSection> live, SymbolTable symbols, Layout layout, Got got, byte[] image)
            throws LinkException {
        ByteBuffer buf = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        for (InputSection in : live) {
            OutputSection out = layout.outputOf(in);
            for (Reloc r : in.section().relocs()) {
                if (!out.occupiesFile()) {
                    throw new LinkException("relocation in BSS section " + in);
                }
                if (r.offset() < 0 || r.offset() + width(r) > in.section().size()) {
                    throw new LinkException("relocation at offset " + r.offset() + " is outside " + in);
                }
                SymbolTable.Definition d = symbols.resolve(in.object(), r.symbol());
                long s = addressOf(d, layout);
                long a = r.addend();
                long p = out.addressOf(in) + r.offset();
                int at = (int) (out.fileOffsetOf(in) + r.offset());
                switch (r.type()) {
                    case R_X86_64_NONE -> { }
                    case R_X86_64_64 -> buf.putLong(at, s + a);
                    case R_X86_64_PC64 -> buf.putLong(at, s + a - p);
                    case R_X86_64_PC32, R_X86_64_PLT32 -> buf.putInt(at, signed32(in, r, s + a - p));
                    case R_X86_64_32 -> buf.putInt(at, unsigned32(in, r, s + a));
                    case R_X86_64_32S -> buf.putInt(at, signed32(in, r, s + a));
                    case R_X86_64_TPOFF32 -> buf.putInt(at, signed32(in, r, tpoff(d, r.symbol(), s, layout) + a));
                    case R_X86_64_TPOFF64 -> buf.putLong(at, tpoff(d, r.symbol(), s, layout) + a);
                    case R_X86_64_GOTPCREL, R_X86_64_GOTPCRELX, R_X86_64_REX_GOTPCRELX, R_X86_64_GOTTPOFF ->
                            gotRelative(buf, in, r, at, s, p, d, symbols, layout, got);
                    default -> throw new LinkException("unsupported relocation type " + r.type() + " against "
                            + r.symbol() + " in " + in);
                }
            }
        }
    }

    /** Patches one GOT relocation: rewrites the instruction when {@link Got#rewrite} relaxes it, else points it at the slot. */
    private static void gotRelative(ByteBuffer buf, InputSection in, Reloc r, int at, long s, long p,
            SymbolTable.Definition d, SymbolTable symbols, Layout layout, Got got) throws LinkException {
        long a = r.addend();
        switch (Got.rewrite(in, r, symbols)) {
            case MOV_TO_LEA -> { // mov x@GOTPCREL(%rip), %r -> lea x(%rip), %r: same ModRM, same length
                buf.put(at - 2, (byte) 0x8d);
                buf.putInt(at, signed32(in, r, s + a - p));
            }
            case CALL_TO_ADDR32_CALL -> { // ff 15 disp32 -> 67 e8 rel32, ending at the same byte
                buf.put(at - 2, (byte) 0x67).put(at - 1, (byte) 0xe8);
                buf.putInt(at, signed32(in, r, s + a - p));
            }
            case JMP_TO_JMP_NOP -> { // ff 25 disp32 -> e9 rel32 90: the jump ends one byte earlier
                buf.put(at - 2, (byte) 0xe9).put(at + 3, (byte) 0x90);
                buf.putInt(at - 1, signed32(in, r, s + a - p + 1));
            }
            case TLS_MOV_TO_IMM, TLS_ADD_TO_IMM -> { // REX.W 8b/03 ModRM(r, rip) -> REX.W c7/81 ModRM(11, /0, r) imm32
                int rex = buf.get(at - 3) & 0xff, reg = (buf.get(at - 1) >> 3) & 7;
                boolean mov = Got.rewrite(in, r, symbols) == Got.Rewrite.TLS_MOV_TO_IMM;
                buf.put(at - 3, (byte) (0x48 | (rex & 0x04) >> 2)); // REX.R (the register) becomes REX.B
                buf.put(at - 2, (byte) (mov ? 0xc7 : 0x81)).put(at - 1, (byte) (0xc0 | reg));
                buf.putInt(at, signed32(in, r, tpoff(d, r.symbol(), s, layout)));
            }
            case SLOT -> buf.putInt(at, signed32(in, r, got.slotAddress(in, r, symbols, layout) + a - p));
        }
    }

    /** S for a resolved symbol: its section's output address plus its value; absolute symbols are their value; undefined weak (null) is 0. */
    static long addressOf(SymbolTable.Definition d, Layout layout) {
        if (d == null) {
            return 0; // a weak reference (SectionGc already rejected strong undefined ones)
        }
        if (d.isLinkerDefined()) {
            return LinkerSymbols.address(d.symbol().name(), layout);
        }
        Section s = d.symbol().section();
        if (s == Section.ABSOLUTE) {
            return d.symbol().value();
        }
        InputSection target = new InputSection(d.object(), s);
        return layout.outputOf(target).addressOf(target) + d.symbol().value();
    }

    /** tpoff(S) for a symbol in a TLS section; anything else is a link error naming the symbol. */
    static long tpoff(SymbolTable.Definition d, String name, long address, Layout layout) throws LinkException {
        if (d == null || d.isLinkerDefined() || (d.symbol().section().elfFlags() & SHF_TLS) == 0 || layout.tls == null) {
            throw new LinkException("TLS relocation against " + name + ", which is not a thread-local variable");
        }
        return layout.tpoff(address);
    }

    private static int width(Reloc r) {
        return switch (r.type()) {
            case R_X86_64_NONE -> 0;
            case R_X86_64_64, R_X86_64_PC64, R_X86_64_TPOFF64 -> 8;
            default -> 4;
        };
    }

    private static int signed32(InputSection in, Reloc r, long v) throws LinkException {
        if (v != (int) v) {
            throw overflow(in, r, v);
        }
        return (int) v;
    }

    private static int unsigned32(InputSection in, Reloc r, long v) throws LinkException {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw overflow(in, r, v);
        }
        return (int) v;
    }

    private static LinkException overflow(InputSection in, Reloc r, long v) {
        return new LinkException("relocation " + r.type() + " against " + r.symbol() + " in " + in
                + " overflows: value 0x" + Long.toHexString(v));
    }
}
