package ostooc.backend.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.obj.Binding;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.obj.SymbolType;
import ostooc.backend.testutil.Tools;
import ostooc.backend.x86.asm.Reloc;
import ostooc.backend.x86.asm.RelocType;

/** The ELF64 ET_REL writer and reader, checked with readelf and against gcc's objects. */
class ElfObjectTest {
    static ObjectFile sample() {
        ObjectFile o = new ObjectFile("sample.o");
        Section text = o.addSection(".text.main", SectionKind.TEXT, 16, new byte[] {(byte) 0xe8, 0, 0, 0, 0, (byte) 0xc3});
        text.addReloc(new Reloc(1, RelocType.R_X86_64_PLT32, "helper", -4));
        Section ro = o.addSection(".rodata.msg", SectionKind.RODATA, 1, "hi\n".getBytes());
        Section data = o.addSection(".data.ptr", SectionKind.DATA, 8, new byte[8]);
        data.addReloc(new Reloc(0, RelocType.R_X86_64_64, "msg", 1));
        Section bss = o.addSection(".bss.buf", SectionKind.BSS, 32);
        bss.setSize(4096);
        o.addSymbol(new Symbol("sample.java", Section.ABSOLUTE, 0, 0, Binding.LOCAL, SymbolType.FILE));
        o.addSymbol(Symbol.globalFunc("main", text, 6));
        o.addSymbol(new Symbol("msg", ro, 0, 3, Binding.LOCAL, SymbolType.OBJECT));
        o.addSymbol(new Symbol("ptr", data, 0, 8, Binding.WEAK, SymbolType.OBJECT));
        o.addSymbol(new Symbol("buf", bss, 0, 4096, Binding.GLOBAL, SymbolType.OBJECT));
        return o;
    }

    @Test
    void readelfAcceptsTheObject(@TempDir Path dir) {
        Tools.write(dir, "s.o", ElfObjectWriter.write(sample()));
        Tools.Result r = Tools.run(dir, "readelf", "-a", "-W", "s.o");
        assertEquals(0, r.exit());
        assertEquals("", r.err(), "readelf warnings");
        String out = r.out();
        assertTrue(out.contains("REL (Relocatable file)"), out);
        assertTrue(out.matches("(?s).*\\.text\\.main\\s+PROGBITS\\s+0+\\s+\\S+\\s+0+6\\s+00\\s+AX.*"), out);
        assertTrue(out.matches("(?s).*\\.bss\\.buf\\s+NOBITS\\s+0+\\s+\\S+\\s+0+1000\\s+00\\s+WA.*"), out);
        assertTrue(out.matches("(?s).*R_X86_64_PLT32\\s+0+\\s+helper - 4.*"), out);
        assertTrue(out.matches("(?s).*R_X86_64_64\\s+0+\\s+msg \\+ 1.*"), out);
        assertTrue(out.matches("(?s).*LOCAL\\s+DEFAULT\\s+ABS sample.java.*"), out);
        assertTrue(out.matches("(?s).*WEAK\\s+DEFAULT\\s+\\d+ ptr.*"), out);
        // symbol types as ELF numbers them (STT_OBJECT 1, STT_FUNC 2): objdump -d needs FUNC to disassemble
        assertTrue(out.matches("(?s).*\\s6\\s+FUNC\\s+GLOBAL\\s+DEFAULT\\s+\\d+ main.*"), out);
        assertTrue(out.matches("(?s).*\\s3\\s+OBJECT\\s+LOCAL\\s+DEFAULT\\s+\\d+ msg.*"), out);
        assertTrue(out.matches("(?s).*NOTYPE\\s+GLOBAL\\s+DEFAULT\\s+UND helper.*"), out);
        // locals first: .symtab's sh_info is one past the last local (null, sample.java, msg)
        assertTrue(out.matches("(?s).*\\.symtab\\s+SYMTAB\\s+0+\\s+\\S+\\s+\\S+\\s+18\\s+\\d+\\s+3\\s+8.*"), out);
    }

    @Test
    void writeReadWriteIsStable() {
        byte[] first = ElfObjectWriter.write(sample());
        ObjectFile back = ElfObjectReader.read("sample.o", first);
        assertArrayEquals(first, ElfObjectWriter.write(back));
        Section bss = back.sections().get(3);
        assertEquals(SectionKind.BSS, bss.kind());
        assertEquals(4096, bss.size());
        assertEquals(32, bss.align());
        assertEquals(new Reloc(0, RelocType.R_X86_64_64, "msg", 1), back.sections().get(2).relocs().get(0));
    }

    @Test
    void readsGccObjects(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("c.c"), """
                extern int ext(const char *);
                static const char greeting[] = "hello";
                int counter = 7;
                char buffer[64];
                static int helper(int x) { return ext(greeting) + x; }
                int entry(void) { return helper(counter) + buffer[3]; }
                """);
        Tools.ok(dir, "gcc", "-O1", "-fno-pic", "-fno-asynchronous-unwind-tables", "-ffunction-sections", "-fdata-sections",
                "-c", "c.c", "-o", "c.o");
        ObjectFile o = ElfObjectReader.read("c.o", Files.readAllBytes(dir.resolve("c.o")));
        assertEquals(SectionKind.TEXT, section(o, ".text.entry").kind());
        assertEquals(SectionKind.DATA, section(o, ".data.counter").kind());
        assertEquals(SectionKind.BSS, section(o, ".bss.buffer").kind());
        assertEquals(64, section(o, ".bss.buffer").size());
        assertEquals(SectionKind.RODATA, section(o, ".rodata.greeting").kind());
        assertNull(o.symbol("ext").section());
        assertEquals(Binding.GLOBAL, o.symbol("entry").binding());
        // every relocation readelf lists, we read, with the same type
        String readelf = Tools.ok(dir, "readelf", "-rW", "c.o");
        long expected = readelf.lines().filter(l -> l.matches("^[0-9a-f]{16}\\s.*R_X86_64_.*")).count();
        long got = o.sections().stream().mapToLong(s -> s.relocs().size()).sum();
        assertEquals(expected, got, readelf);
        for (Section s : o.sections()) {
            for (Reloc r : s.relocs()) {
                assertTrue(readelf.contains(r.type().name()), r.toString());
            }
        }
    }

    @Test
    void unsupportedFeaturesAreClearErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("common.c"), "int shared_common;\n");
        Tools.ok(dir, "gcc", "-fcommon", "-c", "common.c", "-o", "common.o");
        ElfFormatException e = assertThrows(ElfFormatException.class,
                () -> ElfObjectReader.read("common.o", Files.readAllBytes(dir.resolve("common.o"))));
        assertTrue(e.getMessage().contains("COMMON symbol shared_common"), e.getMessage());

        Files.writeString(dir.resolve("tls.c"), "__thread int t = 1; int get(void) { return t; }\n");
        Tools.ok(dir, "gcc", "-c", "tls.c", "-o", "tls.o");
        ObjectFile tls = ElfObjectReader.read("tls.o", Files.readAllBytes(dir.resolve("tls.o")));
        assertEquals(SectionKind.DATA, section(tls, ".tdata").kind(), "TLS sections are read, marked by SHF_TLS");
        assertEquals(Elf.SHF_TLS, section(tls, ".tdata").elfFlags() & Elf.SHF_TLS);

        e = assertThrows(ElfFormatException.class, () -> ElfObjectReader.read("x", "not an elf file at all, clearly....................................".getBytes()));
        assertTrue(e.getMessage().contains("not an ELF file"));
    }

    private static Section section(ObjectFile o, String name) {
        return o.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
