package ostooc.backend.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.elf.Elf;
import ostooc.backend.obj.SectionKind;

/**
 * One output section (.rodata, .text, .data or .bss): the live input sections of one kind,
 * concatenated in input order at their alignments. Knows its size, where each member landed, and how to
 * copy itself into the image once {@link Layout} has given it an address and a file offset.
 */
final class OutputSection {
    final String name;
    final SectionKind kind;
    private final List<InputSection> members = new ArrayList<>();
    private final Map<Object, Long> memberOffset = new IdentityHashMap<>(); // Section -> offset; lookup only
    private long size;
    private int align = 1;
    long address;
    long fileOffset;

    OutputSection(String name, SectionKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** Groups live sections by kind, in the fixed order rodata, text, data, bss; empty outputs are omitted. */
    static List<OutputSection> group(List<InputSection> live) throws LinkException {
        List<OutputSection> out = new ArrayList<>();
        for (SectionKind k : List.of(SectionKind.RODATA, SectionKind.TEXT, SectionKind.DATA, SectionKind.BSS)) {
            OutputSection o = new OutputSection("." + k.name().toLowerCase(java.util.Locale.ROOT), k);
            for (InputSection in : live) {
                if (in.section().kind() == k) {
                    o.add(in);
                }
            }
            if (o.size > 0) {
                out.add(o);
            }
        }
        return out;
    }

    private void add(InputSection in) throws LinkException {
        int a = in.section().align();
        if (a > 4096) {
            throw new LinkException("alignment " + a + " of " + in + " exceeds the page size");
        }
        align = Math.max(align, a);
        size = Elf.alignUp(size, a);
        memberOffset.put(in.section(), size);
        members.add(in);
        size += in.section().size();
    }

    long size() {
        return size;
    }

    int align() {
        return align;
    }

    boolean occupiesFile() {
        return kind != SectionKind.BSS;
    }

    /** Address of a member input section (after layout). */
    long addressOf(InputSection in) {
        return address + memberOffset.get(in.section());
    }

    long fileOffsetOf(InputSection in) {
        return fileOffset + memberOffset.get(in.section());
    }

    List<InputSection> members() {
        return members;
    }

    void write(byte[] image) {
        if (!occupiesFile()) {
            return;
        }
        if (kind == SectionKind.TEXT) {
            // Pad between functions with int3, as GNU ld does: a trap if ever executed, and disassemblers stay in sync.
            java.util.Arrays.fill(image, (int) fileOffset, (int) (fileOffset + size), (byte) 0xCC);
        }
        for (InputSection in : members) {
            byte[] d = in.section().data();
            System.arraycopy(d, 0, image, (int) fileOffsetOf(in), d.length);
        }
    }
}
