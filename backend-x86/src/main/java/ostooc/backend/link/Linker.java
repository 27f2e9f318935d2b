package ostooc.backend.link;

import java.util.ArrayList;
import java.util.List;

import ostooc.backend.elf.ArArchive;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.SectionKind;

/**
 * The static linker: relocatable objects and ar archives in, an ostoo ET_EXEC out.
 *
 * <p>Contract. Input is a command line ({@link LinkInput}: objects and archives, in order) or, for
 * short, a list of objects (the freestanding tier: everything is linked) optionally followed by
 * archives. Every object is linked; an archive member only when it defines a symbol that is strongly
 * referenced and not yet defined (all archives are searched as one group until nothing more is pulled).
 * Sections are placed in command-line order, pulled members at their archive's position, so musl's
 * {@code crt1.o crti.o main.o libc.a crtn.o} gives a correct {@code _init}. Supported: ELF64 x86-64
 * relocatable objects (no COMMON symbols), relocations 64, PC32, PLT32, 32, 32S, PC64, GOTPCREL[X] and
 * REX_GOTPCRELX (relaxed, or a read-only GOT), TPOFF32/64 and GOTTPOFF (local-exec and initial-exec TLS
 * with a PT_TLS segment), weak symbols (a weak undefined is 0 and pulls no member; a weak definition
 * yields to a strong one), .init/.fini, .init_array/.fini_array (sorted by priority) with the symbols
 * musl's start-up uses ({@link LinkerSymbols}). Only what the entry, the kept symbols and the start-up
 * sections reach is linked (section GC). Undefined or duplicate symbols are {@link LinkException}s
 * naming the symbol and the object (or {@code archive.a(member.o)}) involved. Output: a static ET_EXEC
 * at {@link LinkOptions#baseAddress()}, no PT_INTERP, R / R+X / R+W PT_LOADs on separate pages, PT_PHDR,
 * PT_TLS when needed, a non-executable PT_GNU_STACK. Output is a pure function of the inputs (input
 * order, never hash order), so the same inputs give byte-identical executables. Inputs are not modified.
 *
 * <p>{@link #linkInputs} below is the whole algorithm, one step per line; each step is a
 * small class.
 */
public final class Linker {
    private Linker() {
    }

    /** Links a command line of objects and archives. */
    public static byte[] linkInputs(List<LinkInput> commandLine, LinkOptions opts) throws LinkException {
        // 0. Choose archive members: pull those that define still-undefined symbols, to a fixpoint.
        List<ObjectFile> inputs = ArchiveSelection.select(commandLine);
        // 1. Resolve symbols: one table of global/weak definitions; two strong definitions are an error.
        SymbolTable symbols = SymbolTable.build(inputs);
        // 2. GC sections: keep what the entry, the kept symbols and .init/.fini/the arrays reach by
        //    following relocations; undefined symbols are reported here, for live references.
        List<InputSection> live = new ArrayList<>(SectionGc.liveSections(inputs, symbols, roots(opts)));
        // 3. Plan the GOT: a slot for each GOT relocation that cannot be relaxed to a direct form.
        Got got = Got.plan(live, symbols);
        if (got.section != null) {
            live.add(got.section);
        }
        // 4. Lay out output sections as OutputRules says (.rodata .got | .init .text .fini | .tdata .tbss arrays .data .bss).
        List<OutputSection> outputs = OutputSection.group(live);
        // 5. Assign addresses: one PT_LOAD per permission (R, R+X, R+W), each on its own pages; PT_TLS.
        Layout layout = Layout.assign(outputs, opts.baseAddress());
        // 6. Copy section contents into the file image.
        byte[] image = ExecutableWriter.allocate(layout);
        for (OutputSection o : outputs) {
            o.write(image);
        }
        // 7. Apply relocations (S + A, S + A - P, GOT relaxations, TLS offsets), with overflow checks; fill the GOT.
        Relocator.apply(live, symbols, layout, got, image);
        got.fill(image, layout);
        // 8. Write the ELF header, program headers and the minimal section headers.
        ExecutableWriter.writeHeaders(image, layout, entryAddress(opts, symbols, layout));
        return image;
    }

    /** Links objects only (the freestanding tier): every object is part of the program. */
    public static byte[] link(List<ObjectFile> objects, LinkOptions opts) throws LinkException {
        return link(objects, List.of(), opts);
    }

    /**
     * Links objects, then searches the archives for what they still need: the command line
     * {@code objects... archives...}. For musl pass crt1.o, crti.o, the program's objects and crtn.o as
     * objects and libc.a as the archive: musl's members have no .init/.fini fragments, so crtn's
     * epilogue still ends {@code _init}.
     */
    public static byte[] link(List<ObjectFile> objects, List<ArArchive> archives, LinkOptions opts) throws LinkException {
        List<LinkInput> commandLine = new ArrayList<>();
        objects.forEach(o -> commandLine.add(LinkInput.of(o)));
        archives.forEach(a -> commandLine.add(LinkInput.of(a)));
        return linkInputs(commandLine, opts);
    }

    private static List<String> roots(LinkOptions opts) {
        List<String> roots = new ArrayList<>();
        roots.add(opts.entrySymbol());
        roots.addAll(opts.keepSymbols());
        return roots;
    }

    private static long entryAddress(LinkOptions opts, SymbolTable symbols, Layout layout) throws LinkException {
        SymbolTable.Definition d = symbols.resolve(null, opts.entrySymbol());
        if (d.isLinkerDefined() || d.symbol().section().kind() != SectionKind.TEXT) {
            throw new LinkException("entry symbol " + opts.entrySymbol() + " is not in a text section");
        }
        return Relocator.addressOf(d, layout);
    }
}
