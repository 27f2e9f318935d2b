package ostooc.backend.x86.emit;

import java.util.LinkedHashSet;
import java.util.Set;
import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.Reloc;
import ostooc.backend.x86.asm.RelocType;
import ostooc.ir.DataItem;

/**
 * Places code and data into an {@link ObjectFile}: one section per function ({@code .text.<name>},
 * align 16 unless told otherwise, FUNC symbol) and per data item ({@code .rodata./.data./.bss.<name>}, OBJECT symbol), so the
 * linker can drop what is unreachable. Symbols referenced but never defined are added as undefined at
 * the end, in first-reference order. Guarantees deterministic output for a given input order.
 */
public final class ObjectBuilder {
    /** Functions start on 16-byte boundaries, as gcc's -O2 places them (whole fetch blocks). */
    public static final int DEFAULT_FUNCTION_ALIGNMENT = 16;

    private final ObjectFile obj;
    private final int functionAlignment;
    private final Set<String> defined = new LinkedHashSet<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    public ObjectBuilder(String name) { this(name, DEFAULT_FUNCTION_ALIGNMENT); }

    public ObjectBuilder(String name, int functionAlignment) {
        obj = new ObjectFile(name);
        this.functionAlignment = functionAlignment;
    }

    public void addFunction(String name, boolean exported, Assembler code) { addFunction(name, exported, code, functionAlignment); }

    /** As {@link #addFunction(String, boolean, Assembler)}, the code aligned to {@code alignment} bytes. */
    public void addFunction(String name, boolean exported, Assembler code, int alignment) {
        byte[] bytes = code.finish();
        Section s = obj.addSection(".text." + name, SectionKind.TEXT, alignment, bytes);
        for (Reloc r : code.relocations()) { s.addReloc(r); referenced.add(r.symbol()); }
        obj.addSymbol(new Symbol(name, s, 0, bytes.length, exported ? Binding.GLOBAL : Binding.LOCAL, SymbolType.FUNC));
        defined.add(name);
    }

    public void addData(DataItem d) {
        Section s;
        switch (d.kind()) {
            case RODATA -> s = obj.addSection(".rodata." + d.name(), SectionKind.RODATA, d.align(), d.bytes());
            case DATA -> s = obj.addSection(".data." + d.name(), SectionKind.DATA, d.align(), d.bytes());
            default -> { s = obj.addSection(".bss." + d.name(), SectionKind.BSS, d.align()); s.setSize(d.bytes().length); }
        }
        for (DataItem.Reloc r : d.relocs()) {
            s.addReloc(new Reloc(r.offset(), RelocType.R_X86_64_64, r.symbol(), r.addend()));
            referenced.add(r.symbol());
        }
        obj.addSymbol(new Symbol(d.name(), s, 0, d.bytes().length, Binding.GLOBAL, SymbolType.OBJECT));
        defined.add(d.name());
    }

    public ObjectFile finish() {
        for (String r : referenced) if (!defined.contains(r)) obj.addSymbol(Symbol.undefined(r));
        return obj;
    }
}
