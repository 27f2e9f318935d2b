package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ostooc.driver.Compiler;
import ostooc.driver.Options;
import ostooc.driver.Result;

/**
 * What a program's read-only data holds, read from {@code --emit ir}: check sites carry no location
 * strings of their own (one file-name literal per file), descriptors carry names only in programs that
 * read them, and vtables end at their last filled slot. The messages these shortcuts must not change are
 * checked against the JVM by {@link Differential} ({@link PanicReports}; programs ClassNames, ArrayStore,
 * PrimitiveArrayTypes).
 */
class ReadOnlyDataTest {
    private static final Pattern DATA = Pattern.compile("^data @(\"[^\"]*\"|\\S+) rodata align \\d+ x\"([0-9a-f]*)\"(.*)$", Pattern.MULTILINE);

    private record Item(String name, byte[] bytes, String relocs) {
        /** The chars of a String literal (Layout: length at +8, coder at +12, chars from +16: Latin-1 or UTF-16). */
        String text() {
            int n = bytes[8] & 0xFF | (bytes[9] & 0xFF) << 8;
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++)
                s.append(bytes[12] == 0 ? (char) (bytes[16 + i] & 0xFF) : (char) (bytes[16 + 2 * i] & 0xFF | (bytes[17 + 2 * i] & 0xFF) << 8));
            return s.toString();
        }
        boolean isLiteral() { return name.startsWith("str."); }
    }

    @Test void checkSitesShareOneFileNameLiteral() throws IOException {
        List<Item> data = rodata("ArrayIndexOutOfBounds");   // bounds, null and length checks
        List<String> texts = data.stream().filter(Item::isLiteral).map(Item::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.matches(".*\\.java:\\d+:\\d+")), "no File.java:L:C literal: " + texts);
        assertEquals(1, texts.stream().filter(t -> t.equals("ArrayIndexOutOfBounds.java")).count(), texts.toString());
    }

    @Test void descriptorsAreNamelessUnlessNamesAreRead() throws IOException {
        List<Item> unread = rodata("Arrays1D");
        assertFalse(descriptors(unread).isEmpty());
        for (Item d : descriptors(unread)) assertFalse(d.relocs().contains("reloc 8 "), d.name() + d.relocs());
        List<Item> read = rodata("ClassNames");
        assertFalse(descriptors(read).isEmpty());
        for (Item d : descriptors(read)) assertTrue(d.relocs().contains("reloc 8 @str."), d.name() + d.relocs());
    }

    @Test void noPrimitiveDescriptorsAndVtablesEndAtTheirLastFilledSlot() throws IOException {
        List<Item> data = rodata("Arrays1D");
        for (Item d : descriptors(data)) {
            assertFalse(d.name().matches("\"?(int|byte|char|short|long|float|double|boolean)\\.class\"?"), d.name());
            int lastReloc = 0;
            for (Matcher m = Pattern.compile("reloc (\\d+) ").matcher(d.relocs()); m.find(); ) lastReloc = Math.max(lastReloc, Integer.parseInt(m.group(1)));
            assertEquals(Math.max(48, lastReloc + 8), d.bytes().length, d.name() + d.relocs());
        }
    }

    private static List<Item> descriptors(List<Item> data) {
        return data.stream().filter(d -> d.name().endsWith(".class") || d.name().endsWith(".class\"")).toList();
    }

    /** The read-only items of the test program {@code name} (freestanding, -O1). */
    private static List<Item> rodata(String name) throws IOException {
        Path work = Files.createTempDirectory("ostooc-rodata-");
        try {
            Path ir = work.resolve(name + ".ir");
            Result r = Compiler.compile(new Options(List.of(Repo.programs().resolve(name + ".java")), ir, name, Options.Emit.IR, 1));
            assertTrue(r.ok(), r.formatDiagnostics());
            List<Item> items = new ArrayList<>();
            for (Matcher m = DATA.matcher(Files.readString(ir)); m.find(); )
                items.add(new Item(m.group(1), HexFormat.of().parseHex(m.group(2)), m.group(3)));
            return items;
        } finally {
            Differential.deleteTree(work);
        }
    }
}
