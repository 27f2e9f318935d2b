package ostooc.backend.link;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.AsmText;

/** Builds test objects the way the code generator will: one .text.<sym> / .rodata.<sym> section per symbol. */
final class Objs {
    private Objs() {
    }

    static Section func(ObjectFile o, String name, Binding binding, String asm) {
        Assembler a = AsmText.assemble(asm);
        byte[] code = a.finish();
        Section s = o.addSection(".text." + name, SectionKind.TEXT, 16, code);
        a.relocations().forEach(s::addReloc);
        o.addSymbol(new Symbol(name, s, 0, code.length, binding, SymbolType.FUNC));
        return s;
    }

    static Section func(ObjectFile o, String name, String asm) {
        return func(o, name, Binding.GLOBAL, asm);
    }

    static Section data(ObjectFile o, SectionKind kind, String name, byte[] bytes) {
        Section s = o.addSection((kind == SectionKind.RODATA ? ".rodata." : ".data.") + name, kind, 8, bytes);
        o.addSymbol(new Symbol(name, s, 0, bytes.length, Binding.GLOBAL, SymbolType.OBJECT));
        return s;
    }
}
