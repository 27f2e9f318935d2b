package ostooc.backend.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.elf.Elf;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;

/**
 * One output section (see {@link OutputRules}): its live input sections, concatenated in input order
 * (constructor arrays by priority) at their alignments. Knows its size, where each member landed, and
 * how to copy itself into the image once {@link Layout} has given it an address and a file offset.
 */
final class OutputSection {
    final String name;
    final SectionKind kind;
    final boolean tls;
    private final byte fill;
    private final List<InputSection> members = new ArrayList<>();
    private final Map<Section, Long> memberOffset = new IdentityHashMap<>(); // lookup only
    private long size;
    private int align = 1;
    long address;
    long fileOffset;

    private OutputSection(OutputRules.Rule rule) {
        this.name = rule.name();
        this.kind = rule.kind();
        this.tls = rule.tls();
        this.fill = rule.fill();
    }

    /** The output sections in {@link OutputRules#RULES} order; empty ones are omitted. */
    static List<OutputSection> group(List<InputSection> live) throws LinkException {
        List<OutputSection> out = new ArrayList<>();
        for (OutputRules.Rule rule : OutputRules.RULES) {
            OutputSection o = new OutputSection(rule);
            List<InputSection> mine = new ArrayList<>();
            for (InputSection in : live) {
                if (rule.name().equals(OutputRules.outputName(in.section()))) {
                    mine.add(in);
                }
            }
            mine.sort(Comparator.comparingInt(in -> OutputRules.priority(in.section()))); // stable: input order otherwise
            for (InputSection in : mine) {
                o.add(in);
            }
            if (!o.members.isEmpty()) {
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

    boolean contains(InputSection in) {
        return memberOffset.containsKey(in.section());
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
        java.util.Arrays.fill(image, (int) fileOffset, (int) (fileOffset + size), fill);
        for (InputSection in : members) {
            byte[] d = in.section().data();
            System.arraycopy(d, 0, image, (int) fileOffsetOf(in), d.length);
        }
    }
}
