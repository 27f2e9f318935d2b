package ostooc.backend.link;

import static ostooc.backend.elf.Elf.*;

import java.util.ArrayList;
import java.util.List;

import ostooc.backend.obj.SectionKind;

/**
 * Assigns file offsets and virtual addresses. Three PT_LOADs at most, by permission:
 * R (ELF header, program headers, .rodata), R+X (.text), R+W (.data then .bss), then PT_GNU_STACK.
 * ostoo panics if two PT_LOADs touch one 4 KiB page, yet the file should not carry page padding,
 * so each segment after the first starts on a fresh page at an address congruent to its file offset
 * (the GNU ld trick: vaddr = alignUp(previous end, 4096) + offset % 4096), which Linux's mmap loader
 * also requires.
 */
final class Layout {
    static final long PAGE = 4096;
    /** Start of ostoo's mmap area: the image must end below it. */
    static final long IMAGE_LIMIT = 0x10_0000_0000L;

    final List<Segment> segments = new ArrayList<>();
    final List<OutputSection> sections;
    final long headersSize;
    long fileSize;

    private Layout(List<OutputSection> sections, long headersSize) {
        this.sections = sections;
        this.headersSize = headersSize;
    }

    static Layout assign(List<OutputSection> outputs, long base) throws LinkException {
        List<List<OutputSection>> groups = List.of(pick(outputs, SectionKind.RODATA), pick(outputs, SectionKind.TEXT),
                pick(outputs, SectionKind.DATA, SectionKind.BSS));
        int[] flags = {PF_R, PF_R | PF_X, PF_R | PF_W};
        List<Segment> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i == 0 || !groups.get(i).isEmpty()) { // the first always exists: it maps the headers
                loads.add(new Segment(PT_LOAD, flags[i], groups.get(i)));
            }
        }
        int phnum = loads.size() + 1;
        Layout layout = new Layout(outputs, EHDR_SIZE + (long) phnum * PHDR_SIZE);
        long fileEnd = layout.headersSize, memEnd = base + layout.headersSize;
        for (Segment seg : loads) {
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
                o.address = alignUp(memEnd, o.align());
                o.fileOffset = seg.offset + (o.address - seg.vaddr);
                memEnd = o.address + o.size();
                if (o.occupiesFile()) {
                    fileEnd = o.fileOffset + o.size();
                }
            }
            seg.filesz = Math.max(fileEnd - seg.offset, 0);
            seg.memsz = memEnd - seg.vaddr;
            seg.align = PAGE;
            layout.segments.add(seg);
        }
        Segment stack = new Segment(PT_GNU_STACK, PF_R | PF_W, List.of());
        stack.align = 16;
        layout.segments.add(stack);
        if (memEnd > IMAGE_LIMIT || base < PAGE) {
            throw new LinkException("image [0x" + Long.toHexString(base) + ", 0x" + Long.toHexString(memEnd)
                    + ") is outside ostoo's image area [0x1000, 0x" + Long.toHexString(IMAGE_LIMIT) + ")");
        }
        layout.fileSize = fileEnd;
        return layout;
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
        for (OutputSection o : sections) {
            if (o.kind == in.section().kind()) {
                return o;
            }
        }
        throw new IllegalStateException(in + " was not laid out");
    }
}
