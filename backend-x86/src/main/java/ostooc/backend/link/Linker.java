package ostooc.backend.link;

import java.util.ArrayList;
import java.util.List;

import ostooc.backend.obj.ObjectFile;

/**
 * The static linker: relocatable objects in, an ostoo ET_EXEC out. {@link #link} is the whole
 * algorithm, one step per line; each step is a small class. Output is a pure function of the inputs
 * (input order, never hash order), so the same objects give byte-identical executables.
 */
public final class Linker {
    private Linker() {
    }

    public static byte[] link(List<ObjectFile> inputs, LinkOptions opts) throws LinkException {
        // 1. Resolve symbols: one table of global/weak definitions; two strong definitions are an error.
        SymbolTable symbols = SymbolTable.build(inputs);
        // 2. GC sections: keep what the entry and the kept symbols reach by following relocations;
        //    undefined symbols are reported here, for live references.
        List<InputSection> live = SectionGc.liveSections(inputs, symbols, roots(opts));
        // 3. Lay out output sections: .rodata, .text, .data, .bss, each the live inputs of that kind in input order.
        List<OutputSection> outputs = OutputSection.group(live);
        // 4. Assign addresses: one PT_LOAD per permission (R, R+X, R+W), each on its own pages.
        Layout layout = Layout.assign(outputs, opts.baseAddress());
        // 5. Copy section contents into the file image.
        byte[] image = ExecutableWriter.allocate(layout);
        for (OutputSection o : outputs) {
            o.write(image);
        }
        // 6. Apply relocations: S + A (absolute) and S + A - P (PC-relative), with overflow checks.
        Relocator.apply(live, symbols, layout, image);
        // 7. Write the ELF header, program headers and the minimal section headers.
        ExecutableWriter.writeHeaders(image, layout, entryAddress(opts, symbols, layout));
        return image;
    }

    private static List<String> roots(LinkOptions opts) {
        List<String> roots = new ArrayList<>();
        roots.add(opts.entrySymbol());
        roots.addAll(opts.keepSymbols());
        return roots;
    }

    private static long entryAddress(LinkOptions opts, SymbolTable symbols, Layout layout) throws LinkException {
        SymbolTable.Definition d = symbols.resolve(null, opts.entrySymbol());
        if (d.symbol().section().kind() != ostooc.backend.obj.SectionKind.TEXT) {
            throw new LinkException("entry symbol " + opts.entrySymbol() + " is not in a text section");
        }
        InputSection in = new InputSection(d.object(), d.symbol().section());
        return layout.outputOf(in).addressOf(in) + d.symbol().value();
    }
}
