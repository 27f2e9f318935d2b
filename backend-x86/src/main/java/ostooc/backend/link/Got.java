package ostooc.backend.link;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.x86.asm.Reloc;
import ostooc.backend.x86.asm.RelocType;

/**
 * GOT-relative relocations in a static, non-PIE link, where every address is known at link time.
 * musl's libc.a is compiled -fPIC, so it reads globals through the GOT ({@code mov x@GOTPCREL(%rip), %reg},
 * R_X86_64_REX_GOTPCRELX), and code that uses initial-exec TLS reads thread-pointer offsets from it
 * (R_X86_64_GOTTPOFF). Following the psABI's optional relaxations (as GNU ld does):
 * <pre>
 *   mov  x@GOTPCREL(%rip), %r   -> lea  x(%rip), %r        (GOTPCRELX / REX_GOTPCRELX, opcode 8B)
 *   call *x@GOTPCREL(%rip)      -> addr32 call x           (GOTPCRELX, FF /2)
 *   jmp  *x@GOTPCREL(%rip)      -> jmp x; nop              (GOTPCRELX, FF /4)
 *   mov  x@GOTTPOFF(%rip), %r   -> mov  $tpoff(x), %r      (REX.W 8B)
 *   add  x@GOTTPOFF(%rip), %r   -> add  $tpoff(x), %r      (REX.W 03)
 * </pre>
 * Anything else (plain GOTPCREL, other instructions, absolute symbols, an addend other than -4) gets a
 * real 8-byte slot in a read-only .got holding the address (or the TLS offset), filled after layout.
 * The decision is a pure function of the input bytes, so planning (before layout, to size the .got) and
 * patching (after) agree. A weak undefined symbol relaxes to {@code lea 0(%rip-relative)}, i.e. 0.
 */
final class Got {
    enum Rewrite { MOV_TO_LEA, CALL_TO_ADDR32_CALL, JMP_TO_JMP_NOP, TLS_MOV_TO_IMM, TLS_ADD_TO_IMM, SLOT }

    /** One slot: what it holds the address (or TLS offset) of; {@code target} null = weak undefined, 0. */
    record Slot(SymbolTable.Definition target, String name, boolean tls) {
    }

    private final Map<Slot, Integer> slots = new LinkedHashMap<>();
    /** The linker-made .got section, or null when no relocation needs a slot. */
    final InputSection section;

    private Got(Map<Slot, Integer> slots) {
        this.slots.putAll(slots);
        if (slots.isEmpty()) {
            section = null;
        } else {
            Section s = new Section(".got", SectionKind.RODATA, 8);
            s.setData(new byte[8 * slots.size()]);
            section = new InputSection(SymbolTable.LINKER, s);
        }
    }

    static boolean usesGot(RelocType t) {
        return t == RelocType.R_X86_64_GOTPCREL || t == RelocType.R_X86_64_GOTPCRELX
                || t == RelocType.R_X86_64_REX_GOTPCRELX || t == RelocType.R_X86_64_GOTTPOFF;
    }

    /** Allocates a slot for every GOT relocation in a live section that cannot be relaxed. */
    static Got plan(List<InputSection> live, SymbolTable symbols) {
        Map<Slot, Integer> slots = new LinkedHashMap<>();
        for (InputSection in : live) {
            for (Reloc r : in.section().relocs()) {
                if (usesGot(r.type()) && rewrite(in, r, symbols) == Rewrite.SLOT) {
                    slots.putIfAbsent(slotOf(in, r, symbols), slots.size());
                }
            }
        }
        return new Got(slots);
    }

    private static Slot slotOf(InputSection in, Reloc r, SymbolTable symbols) {
        return new Slot(symbols.resolve(in.object(), r.symbol()), r.symbol(), r.type() == RelocType.R_X86_64_GOTTPOFF);
    }

    /** How the instruction around a GOT relocation is rewritten, judged from the input bytes. */
    static Rewrite rewrite(InputSection in, Reloc r, SymbolTable symbols) {
        byte[] d = in.section().data();
        int o = r.offset();
        if (r.addend() != -4 || o < 3 || o + 4 > d.length || (d[o - 1] & 0xc7) != 0x05) { // not op [rip+disp32]
            return Rewrite.SLOT;
        }
        int rex = d[o - 3] & 0xff, op = d[o - 2] & 0xff, modrm = d[o - 1] & 0xff;
        boolean rexW = (rex & 0xf8) == 0x48;
        SymbolTable.Definition target = symbols.resolve(in.object(), r.symbol());
        boolean absolute = target != null && target.symbol().section() == Section.ABSOLUTE && !target.isLinkerDefined();
        return switch (r.type()) {
            case R_X86_64_REX_GOTPCRELX -> !absolute && op == 0x8b && (rex & 0xf0) == 0x40 ? Rewrite.MOV_TO_LEA : Rewrite.SLOT;
            case R_X86_64_GOTPCRELX -> absolute ? Rewrite.SLOT
                    : op == 0x8b ? Rewrite.MOV_TO_LEA
                    : op == 0xff && modrm == 0x15 ? Rewrite.CALL_TO_ADDR32_CALL
                    : op == 0xff && modrm == 0x25 ? Rewrite.JMP_TO_JMP_NOP
                    : Rewrite.SLOT;
            case R_X86_64_GOTTPOFF -> !rexW ? Rewrite.SLOT
                    : op == 0x8b ? Rewrite.TLS_MOV_TO_IMM
                    : op == 0x03 ? Rewrite.TLS_ADD_TO_IMM
                    : Rewrite.SLOT;
            default -> Rewrite.SLOT;
        };
    }

    /** G + GOT: the address of the slot planned for this relocation. */
    long slotAddress(InputSection in, Reloc r, SymbolTable symbols, Layout layout) {
        Integer i = slots.get(slotOf(in, r, symbols));
        if (i == null) {
            throw new IllegalStateException("no GOT slot planned for " + r + " in " + in);
        }
        return layout.outputOf(section).addressOf(section) + 8L * i;
    }

    /** Writes each slot's value: the symbol's address, or its thread-pointer offset for GOTTPOFF slots. */
    void fill(byte[] image, Layout layout) throws LinkException {
        if (section == null) {
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        long at = layout.outputOf(section).fileOffsetOf(section);
        for (Map.Entry<Slot, Integer> e : slots.entrySet()) {
            Slot s = e.getKey();
            long address = Relocator.addressOf(s.target(), layout);
            buf.putLong((int) (at + 8L * e.getValue()), s.tls() ? Relocator.tpoff(s.target(), s.name(), address, layout) : address);
        }
    }
}
