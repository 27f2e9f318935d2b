package ostooc.backend.link;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import ostooc.backend.obj.Section;
import ostooc.backend.x86.asm.Reloc;

/**
 * Applies relocations in the psABI's terms: S = the symbol's address, A = the addend,
 * P = the address of the field being patched. A static, non-PIE link has no PLT, so PLT32 (L + A - P)
 * is PC32 with L = S. Values that do not fit the field are errors, never silently truncated.
 */
final class Relocator {
    private Relocator() {
    }

    static void apply(List<InputSection> live, SymbolTable symbols, Layout layout, byte[] image) throws LinkException {
        ByteBuffer buf = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        for (InputSection in : live) {
            OutputSection out = layout.outputOf(in);
            for (Reloc r : in.section().relocs()) {
                if (!out.occupiesFile()) {
                    throw new LinkException("relocation in BSS section " + in);
                }
                long s = symbolAddress(in, r, symbols, layout);
                long a = r.addend();
                long p = out.addressOf(in) + r.offset();
                int at = (int) (out.fileOffsetOf(in) + r.offset());
                switch (r.type()) {
                    case R_X86_64_64 -> put(buf, in, r, at, 8, s + a);
                    case R_X86_64_PC32, R_X86_64_PLT32 -> put(buf, in, r, at, 4, signed32(in, r, s + a - p));
                    case R_X86_64_32 -> put(buf, in, r, at, 4, unsigned32(in, r, s + a));
                    case R_X86_64_32S -> put(buf, in, r, at, 4, signed32(in, r, s + a));
                    default -> throw new LinkException("unsupported relocation type " + r.type() + " against "
                            + r.symbol() + " in " + in);
                }
            }
        }
    }

    /** S: output address of the symbol's section plus its value; absolute symbols are their value; undefined weak is 0. */
    private static long symbolAddress(InputSection in, Reloc r, SymbolTable symbols, Layout layout) {
        SymbolTable.Definition d = symbols.resolve(in.object(), r.symbol());
        if (d == null) {
            return 0; // a weak reference (SectionGc already rejected strong undefined ones)
        }
        Section s = d.symbol().section();
        if (s == Section.ABSOLUTE) {
            return d.symbol().value();
        }
        InputSection target = new InputSection(d.object(), s);
        return layout.outputOf(target).addressOf(target) + d.symbol().value();
    }

    private static long signed32(InputSection in, Reloc r, long v) throws LinkException {
        if (v != (int) v) {
            throw overflow(in, r, v);
        }
        return v;
    }

    private static long unsigned32(InputSection in, Reloc r, long v) throws LinkException {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw overflow(in, r, v);
        }
        return v;
    }

    private static LinkException overflow(InputSection in, Reloc r, long v) {
        return new LinkException("relocation " + r.type() + " against " + r.symbol() + " in " + in
                + " overflows: value 0x" + Long.toHexString(v));
    }

    private static void put(ByteBuffer buf, InputSection in, Reloc r, int at, int n, long v) throws LinkException {
        if (r.offset() < 0 || r.offset() + n > in.section().size()) {
            throw new LinkException("relocation at offset " + r.offset() + " is outside " + in);
        }
        if (n == 8) {
            buf.putLong(at, v);
        } else {
            buf.putInt(at, (int) v);
        }
    }
}
