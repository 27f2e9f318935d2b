package ostooc.backend.link;

import static ostooc.backend.elf.Elf.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;

/**
 * Assigns file offsets and virtual addresses. Program headers: PT_PHDR, then three PT_LOADs at most, by
 * permission: R (ELF header, program headers, .rodata, .got), R+X (.init, .text, .fini), R+W (.tdata,
 * .tbss, arrays, .data, .bss), then PT_TLS if there is thread-local data, then PT_GNU_STACK (RW, never X).
 * ostoo panics if two PT_LOADs touch one 4 KiB page, yet the file should not carry page padding, so each
 * segment after the first starts on a fresh page at an address congruent to its file offset (the GNU ld
 * trick: vaddr = alignUp(previous end, 4096) + offset % 4096), which Linux's mmap loader also requires.
 * PT_PHDR lets a libc find the headers (musl's TLS set-up walks them from AT_PHDR). .tbss takes no room in
 * the R+W segment (the next section starts where it starts, as with GNU ld); PT_TLS covers .tdata+.tbss
 * with its memsz rounded up to its alignment, so musl's and our thread-pointer offsets agree.
 */
final class Layout {
    static final long PAGE = 4096;
    /** Start of ostoo's mmap area: the image must end below it. */
    static final long IMAGE_LIMIT = 0x10_0000_0000L;

    final List<Segment> segments = new ArrayList<>();
    final List<OutputSection> sections;
    private final Map<Section, OutputSection> outputOf = new IdentityHashMap<>(); // lookup only
    final long base;
    long fileSize;
    /** End of the image in memory (highest address mapped, exclusive); musl's brk heap starts above it. */
    long memoryEnd;
    /** The PT_TLS segment, or null. */
    Segment tls;

    private Layout(List<OutputSection> sections, long base) {
        this.sections = sections;
        this.base = base;
        for (OutputSection o : sections) {
            o.members().forEach(in -> outputOf.put(in.section(), o));
        }
    }

    static Layout assign(List<OutputSection> outputs, long base) throws LinkException {
        Layout layout = new Layout(outputs, base);
        List<List<OutputSection>> groups = List.of(pick(outputs, SectionKind.RODATA), pick(outputs, SectionKind.TEXT),
                pick(outputs, SectionKind.DATA, SectionKind.BSS));
        int[] flags = {PF_R, PF_R | PF_X, PF_R | PF_W};
        List<Segment> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i == 0 || totalSize(groups.get(i)) > 0) { // the first always exists: it maps the headers
                loads.add(new Segment(PT_LOAD, flags[i], groups.get(i)));
            }
        }
        boolean hasTls = outputs.stream().anyMatch(o -> o.tls);
        int phnum = 1 + loads.size() + (hasTls ? 1 : 0) + 1;
        long headersSize = EHDR_SIZE + (long) phnum * PHDR_SIZE;
        Segment phdr = new Segment(PT_PHDR, PF_R, List.of());
        phdr.offset = EHDR_SIZE;
        phdr.vaddr = base + EHDR_SIZE;
        phdr.filesz = phdr.memsz = (long) phnum * PHDR_SIZE;
        phdr.align = 8;
        layout.segments.add(phdr);

        long fileEnd = headersSize, memEnd = base + headersSize;
        for (List<OutputSection> group : groups) {
            Segment seg = loads.stream().filter(s -> s.sections == group).findFirst().orElse(null);
            if (seg == null) { // nothing but empty sections: they get an address and no segment
                for (OutputSection o : group) {
                    o.address = memEnd;
                    o.fileOffset = fileEnd;
                }
                continue;
            }
            if (seg == loads.get(0)) {
                seg.offset = 0;
                seg.vaddr = base;
            } else {
                seg.offset = alignUp(fileEnd, seg.sections.get(0).align());
                seg.vaddr = alignUp(memEnd, PAGE) + seg.offset % PAGE;
                fileEnd = seg.offset;
                memEnd = seg.vaddr;
            }
            for (OutputSection o : seg.sections) {
                // The TLS block starts at its strictest alignment, so that start + memsz (the thread pointer) is aligned
                // too, which is where musl puts it; otherwise musl would pad and every tpoff would be off.
                o.address = alignUp(memEnd, o.tls ? tlsAlign(outputs) : o.align());
                o.fileOffset = seg.offset + (o.address - seg.vaddr);
                if (!(o.tls && !o.occupiesFile())) { // .tbss overlaps what follows it
                    memEnd = o.address + o.size();
                }
                if (o.occupiesFile()) {
                    fileEnd = o.fileOffset + o.size();
                }
            }
            seg.filesz = Math.max(fileEnd - seg.offset, 0);
            seg.memsz = memEnd - seg.vaddr;
            seg.align = PAGE;
            layout.segments.add(seg);
        }
        if (hasTls) {
            layout.tls = tlsSegment(outputs);
            layout.segments.add(layout.tls);
        }
        Segment stack = new Segment(PT_GNU_STACK, PF_R | PF_W, List.of());
        stack.align = 16;
        layout.segments.add(stack);
        if (memEnd > IMAGE_LIMIT || base < PAGE) {
            throw new LinkException("image [0x" + Long.toHexString(base) + ", 0x" + Long.toHexString(memEnd)
                    + ") is outside ostoo's image area [0x1000, 0x" + Long.toHexString(IMAGE_LIMIT) + ")");
        }
        layout.fileSize = fileEnd;
        layout.memoryEnd = memEnd;
        return layout;
    }

    /** PT_TLS over .tdata and .tbss (adjacent, in that order, by OutputRules). */
    private static Segment tlsSegment(List<OutputSection> outputs) {
        List<OutputSection> tls = outputs.stream().filter(o -> o.tls).toList();
        Segment seg = new Segment(PT_TLS, PF_R, tls);
        OutputSection first = tls.get(0), last = tls.get(tls.size() - 1);
        seg.offset = first.fileOffset;
        seg.vaddr = first.address;
        seg.align = tlsAlign(outputs);
        seg.filesz = first.occupiesFile() ? first.size() : 0;
        seg.memsz = alignUp(last.address + last.size() - first.address, seg.align);
        return seg;
    }

    private static long tlsAlign(List<OutputSection> outputs) {
        return outputs.stream().filter(o -> o.tls).mapToLong(OutputSection::align).max().orElse(1);
    }

    private static long totalSize(List<OutputSection> group) {
        return group.stream().mapToLong(OutputSection::size).sum();
    }

    private static List<OutputSection> pick(List<OutputSection> outputs, SectionKind... kinds) {
        List<OutputSection> out = new ArrayList<>();
        for (OutputSection o : outputs) {
            for (SectionKind k : kinds) {
                if (o.kind == k) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** The output section holding {@code in}. */
    OutputSection outputOf(InputSection in) {
        OutputSection o = outputOf.get(in.section());
        if (o == null) {
            throw new IllegalStateException(in + " was not laid out");
        }
        return o;
    }

    /** The output section called {@code name}, or null if the link has none. */
    OutputSection output(String name) {
        return sections.stream().filter(o -> o.name.equals(name)).findFirst().orElse(null);
    }

    /** Thread-pointer offset of a TLS address: x86-64 TLS variant II puts the block just below %fs:0. */
    long tpoff(long address) {
        return address - (tls.vaddr + tls.memsz);
    }
}
