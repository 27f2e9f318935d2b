package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.elf.Elf;
import ostooc.backend.elf.ExecutableChecks;
import ostooc.backend.elf.ExecutableChecks.Phdr;
import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.testutil.Tools;
import ostooc.backend.x86.asm.Reloc;
import ostooc.backend.x86.asm.RelocType;

/** One test per linker feature, checked with readelf/objdump or by reading the image back. */
class LinkerTest {
    static final LinkOptions OPTS = new LinkOptions("_start");

    /** _start calls f; a .rodata and a .data with a pointer; a .bss. */
    static ObjectFile program() {
        ObjectFile o = new ObjectFile("prog.o");
        Objs.func(o, "_start", "call f\nud2");
        Objs.func(o, "f", "mov eax, [rip+counter]\nlea rax, [rip+msg]\nret");
        Objs.data(o, SectionKind.RODATA, "msg", "hello".getBytes());
        Section d = Objs.data(o, SectionKind.DATA, "counter", new byte[8]);
        d.addReloc(new Reloc(0, RelocType.R_X86_64_64, "buf", 0)); // keeps .bss alive
        Section bss = o.addSection(".bss.buf", SectionKind.BSS, 16);
        bss.setSize(10000);
        o.addSymbol(new Symbol("buf", bss, 0, 10000, Binding.GLOBAL, SymbolType.OBJECT));
        return o;
    }

    static byte[] link(ObjectFile... objs) throws LinkException {
        return Linker.link(List.of(objs), OPTS);
    }

    @Test
    void outputIsAStaticExecutable(@TempDir Path dir) throws LinkException {
        Tools.write(dir, "a.out", link(program()));
        String h = Tools.ok(dir, "readelf", "-hlW", "a.out");
        assertTrue(h.contains("EXEC (Executable file)"), h);
        assertTrue(h.contains("Advanced Micro Devices X86-64"), h);
        assertTrue(h.contains("Entry point address:               0x401"), h); // text starts on the page after the header page
        assertTrue(!h.contains("INTERP") && !h.contains("DYNAMIC"), h);
        assertTrue(h.contains("GNU_STACK"), h);
        assertEquals("", Tools.run(dir, "readelf", "-a", "a.out").err(), "readelf warnings");
    }

    @Test
    void segmentsHaveTheirPermissionsAndOwnPages() throws LinkException {
        byte[] exe = link(program());
        List<Phdr> ph = ExecutableChecks.programHeaders(exe);
        assertEquals(List.of(Elf.PT_PHDR, Elf.PT_LOAD, Elf.PT_LOAD, Elf.PT_LOAD, Elf.PT_GNU_STACK),
                ph.stream().map(Phdr::type).toList());
        assertEquals(List.of(Elf.PF_R, Elf.PF_R, Elf.PF_R | Elf.PF_X, Elf.PF_R | Elf.PF_W, Elf.PF_R | Elf.PF_W),
                ph.stream().map(Phdr::flags).toList());
        assertEquals(0x400000, ph.get(1).vaddr());
        assertEquals(0x400040, ph.get(0).vaddr(), "PT_PHDR: the headers right after the ELF header, in the first PT_LOAD");
        assertEquals(5 * 56, ph.get(0).filesz());
        for (Phdr p : ph.subList(1, 4)) {
            assertEquals(p.offset() % 4096, p.vaddr() % 4096, "vaddr congruent to offset");
        }
        Phdr rw = ph.get(3);
        assertTrue(rw.memsz() >= rw.filesz() + 10000, "bss is memsz beyond filesz");
        assertEquals(List.of(), ExecutableChecks.ostooViolations(exe));
        assertTrue(exe.length < 1200, "compact file: " + exe.length);
    }

    @Test
    void checksCatchSharedPagesAndInterp() throws LinkException {
        byte[] exe = link(program());
        ByteBuffer b = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        int load2 = 64 + 2 * 56; // the second PT_LOAD (after PT_PHDR and the first): move it onto the first's page
        b.putLong(load2 + 16, 0x400100);
        b.putInt(64 + 4 * 56, Elf.PT_INTERP); // PT_GNU_STACK becomes PT_INTERP
        List<String> v = ExecutableChecks.ostooViolations(exe);
        assertTrue(v.stream().anyMatch(s -> s.contains("same 4 KiB page")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("PT_INTERP")), v.toString());
        b.putShort(16, (short) Elf.ET_DYN);
        assertTrue(ExecutableChecks.ostooViolations(exe).stream().anyMatch(s -> s.contains("not ET_EXEC")));
    }

    @Test
    void relocationsResolveToTheRightAddresses(@TempDir Path dir) throws LinkException {
        ObjectFile o = new ObjectFile("relocs.o");
        Objs.func(o, "_start", "call target\njmp target\nlea rax, [rip+target]\nmov eax, [table+rcx*8]\nud2");
        Objs.func(o, "target", "ret");
        Section table = Objs.data(o, SectionKind.DATA, "table", new byte[16]);
        table.addReloc(new Reloc(0, RelocType.R_X86_64_64, "target", 0x10));
        table.addReloc(new Reloc(8, RelocType.R_X86_64_32, "target", 0));
        byte[] exe = link(o);
        Tools.write(dir, "a.out", exe);
        String syms = Tools.ok(dir, "objdump", "-d", "-M", "intel", "-j", ".text", "a.out");
        long target = Long.parseLong(syms.replaceAll("(?s).*call\\s+0x([0-9a-f]+).*", "$1"), 16);
        // PLT32 (call, jmp) and PC32 (lea) must all land on target: the second function after _start's 16-aligned code
        assertTrue(syms.matches("(?s).*jmp\\s+0x" + Long.toHexString(target) + "\\b.*"), syms);
        assertTrue(syms.contains("# 0x" + Long.toHexString(target)), syms); // lea's rip-relative target
        assertTrue(syms.contains("mov    eax,DWORD PTR [rcx*8+0x"), syms); // 32S: table's absolute address
        long tableAddr = Long.parseLong(syms.replaceAll("(?s).*\\[rcx\\*8\\+0x([0-9a-f]+)\\].*", "$1"), 16);
        Phdr rw = ExecutableChecks.programHeaders(exe).get(3);
        assertEquals(rw.vaddr(), tableAddr);
        ByteBuffer b = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(target + 0x10, b.getLong((int) rw.offset()), "R_X86_64_64 = S + A");
        assertEquals(target, b.getInt((int) rw.offset() + 8), "R_X86_64_32 = S + A");
    }

    @Test
    void relocationOverflowIsAnError() {
        ObjectFile o = new ObjectFile("far.o");
        Objs.func(o, "_start", "ud2");
        Section d = Objs.data(o, SectionKind.DATA, "p", new byte[4]);
        d.addReloc(new Reloc(0, RelocType.R_X86_64_32, "_start", 0));
        LinkException e = assertThrows(LinkException.class,
                () -> Linker.link(List.of(o), new LinkOptions("_start", 0x1_0000_0000L, List.of("p"))));
        assertTrue(e.getMessage().contains("R_X86_64_32 against _start") && e.getMessage().contains("overflows"), e.getMessage());
    }

    @Test
    void unsupportedRelocationTypeIsNamed() {
        ObjectFile o = new ObjectFile("got.o");
        Section s = Objs.func(o, "_start", "mov rax, [rip+x]\nud2");
        Objs.data(o, SectionKind.DATA, "x", new byte[8]);
        Reloc pc = s.relocs().get(0);
        ObjectFile o2 = new ObjectFile("got.o");
        Section s2 = o2.addSection(".text._start", SectionKind.TEXT, 16, s.data());
        s2.addReloc(new Reloc(pc.offset(), RelocType.R_X86_64_TLSGD, "x", pc.addend()));
        o2.addSymbol(Symbol.globalFunc("_start", s2, s.size()));
        Objs.data(o2, SectionKind.DATA, "x", new byte[8]);
        LinkException e = assertThrows(LinkException.class, () -> link(o2));
        assertTrue(e.getMessage().contains("unsupported relocation type R_X86_64_TLSGD against x"), e.getMessage());
    }

    @Test
    void undefinedSymbolNamesItsReferrer() {
        ObjectFile o = new ObjectFile("main.o");
        Objs.func(o, "_start", "call missing\nud2");
        LinkException e = assertThrows(LinkException.class, () -> link(o));
        assertEquals("undefined symbol: missing (referenced from section .text._start in object main.o)", e.getMessage());
        ObjectFile none = new ObjectFile("empty.o");
        assertTrue(assertThrows(LinkException.class, () -> link(none)).getMessage().contains("undefined symbol: _start"));
    }

    @Test
    void duplicateStrongSymbolsNameBothObjects() {
        ObjectFile a = new ObjectFile("a.o"), b = new ObjectFile("b.o");
        Objs.func(a, "_start", "call f\nud2");
        Objs.func(a, "f", "ret");
        Objs.func(b, "f", "ret");
        LinkException e = assertThrows(LinkException.class, () -> link(a, b));
        assertEquals("duplicate symbol: f (defined in object a.o and in object b.o)", e.getMessage());
    }

    @Test
    void weakYieldsToStrongAndUndefinedWeakIsZero(@TempDir Path dir) throws LinkException {
        ObjectFile a = new ObjectFile("a.o"), b = new ObjectFile("b.o");
        Objs.func(a, "_start", "call f\nmov rax, [table+rcx*8]\nud2");
        Objs.func(a, "f", Binding.WEAK, "movabs rax, 0x5555666677778888\nret"); // loses
        Objs.func(b, "f", "ud2\nret");                // wins
        a.addSymbol(new Symbol("table", null, 0, 0, Binding.WEAK, SymbolType.NOTYPE)); // weak undefined -> 0
        byte[] exe = link(a, b);
        Tools.write(dir, "a.out", exe);
        String d = Tools.ok(dir, "objdump", "-d", "-M", "intel", "a.out");
        long f = Long.parseLong(d.replaceAll("(?s).*call\\s+0x([0-9a-f]+).*", "$1"), 16);
        assertTrue(d.matches("(?s).*\\n\\s+" + Long.toHexString(f) + ":\\s+0f 0b\\s+ud2.*"), d);
        assertTrue(d.contains("mov    rax,QWORD PTR [rcx*8+0x0]"), d);
        assertTrue(!d.contains("0x5555666677778888"), "the weak f was dropped as unreferenced: " + d);
    }

    @Test
    void gcDropsUnreferencedSections() throws LinkException {
        ObjectFile o = program();
        Objs.func(o, "unused", "movabs rax, 0x1122334455667788\nret");
        Objs.data(o, SectionKind.RODATA, "unusedConst", "ZZZZ-never-referenced".getBytes());
        byte[] exe = link(o);
        String image = new String(exe, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(image.contains("hello"), "referenced rodata kept");
        assertTrue(!image.contains("ZZZZ"), "unreferenced rodata dropped");
        assertTrue(!image.contains("\u0088\u0077\u0066\u0055"), "unreferenced function dropped");
        byte[] kept = Linker.link(List.of(o), new LinkOptions("_start", 0x400000, List.of("unused")));
        assertTrue(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1).contains("\u0088\u0077\u0066\u0055"),
                "keepSymbols are roots");
    }

    @Test
    void sameInputSameBytes() throws LinkException {
        assertArrayEquals(link(program()), link(program()));
    }
}
