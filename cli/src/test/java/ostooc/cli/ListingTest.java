package ostooc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --emit asm} against binutils: for the same program, {@code objdump -d -M intel} on the
 * {@code --emit obj} object must show, function by function, the same instructions at the same offsets
 * with the same bytes and text (whitespace aside; objdump's {@code <symbol+off>} and {@code #} notes
 * aside; a relocated call or jump names its target in the listing where objdump shows a placeholder).
 */
class ListingTest {
    private static final Pattern FUNCTION = Pattern.compile("^[0-9a-f]+ <(.*)>:$");
    private static final Pattern OBJDUMP_LINE = Pattern.compile("^\\s+([0-9a-f]+):\\t([0-9a-f ]+)\\t(.*)$");
    private static final Pattern LISTING_LINE = Pattern.compile("^\\s*([0-9a-f]+):  ([0-9a-f]{2}(?: [0-9a-f]{2})*)\\s{2,}(.*)$");

    record Line(int offset, String bytes, String text) { }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hello", "nbody", "wordstats"})
    void listingShowsWhatObjdumpShows(String sample) throws IOException {
        Path obj = dir.resolve(sample + ".o"), asm = dir.resolve(sample + ".s");
        assertEquals(0, Cli.ostooc("--emit", "obj", "-o", obj, Cli.sample(sample)).code());
        assertEquals(0, Cli.ostooc("--emit", "asm", "-o", asm, Cli.sample(sample)).code());
        Map<String, List<Line>> ours = listing(Files.readAllLines(asm));
        Map<String, List<Line>> theirs = objdump(obj);
        assertEquals(theirs.keySet(), ours.keySet(), "functions");
        int instructions = 0;
        for (String f : ours.keySet()) {
            List<Line> a = ours.get(f), b = theirs.get(f);
            assertEquals(b.size(), a.size(), "instructions in " + f);
            for (int i = 0; i < a.size(); i++) {
                Line x = a.get(i), y = b.get(i);
                String where = f + " +" + Integer.toHexString(y.offset());
                assertEquals(y.offset(), x.offset(), where);
                assertEquals(y.bytes(), x.bytes(), where);
                if (isRelocatedTransfer(x, y)) assertEquals(mnemonic(y.text()), mnemonic(x.text()), where);
                else assertEquals(normalized(y.text()), normalized(x.text()), where);
                assertFalse(x.text().contains("(bad)"), where);
            }
            instructions += a.size();
        }
        assertTrue(instructions > 100, "only " + instructions + " instructions compared");
    }

    /** {@code call}/{@code jmp} with all-zero rel32 (a relocation): objdump shows the placeholder, we the symbol. */
    private static boolean isRelocatedTransfer(Line ours, Line objdump) {
        return (objdump.bytes().startsWith("e8 ") || objdump.bytes().startsWith("e9 ")) && objdump.bytes().endsWith("00 00 00 00")
                && !ours.text().matches("\\S+ [0-9a-f]+");
    }

    private static String mnemonic(String text) { return text.trim().split("\\s+")[0]; }

    private static String normalized(String text) {
        String t = text.replaceFirst("#.*$", "").trim().replaceFirst(" <.*>$", "");
        return t.replaceAll("\\s+", " ").trim();
    }

    private static Map<String, List<Line>> listing(List<String> lines) {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        List<Line> current = null;
        for (String l : lines) {
            if (l.startsWith("#") || l.isBlank()) continue;
            if (!l.startsWith(" ")) {
                current = new ArrayList<>();
                out.put(l.substring(0, l.length() - 1), current);
                continue;
            }
            Matcher m = LISTING_LINE.matcher(l);
            assertTrue(m.matches(), l);
            current.add(new Line(Integer.parseInt(m.group(1), 16), m.group(2), m.group(3)));
        }
        return out;
    }

    private Map<String, List<Line>> objdump(Path obj) {
        Cli.Outcome r = Cli.exec(dir, List.of("objdump", "-d", "-M", "intel", "-w", obj.toString()));
        assertEquals(0, r.code(), r.err());
        Map<String, List<Line>> out = new LinkedHashMap<>();
        List<Line> current = null;
        for (String l : r.out().lines().toList()) {
            Matcher f = FUNCTION.matcher(l), m = OBJDUMP_LINE.matcher(l);
            if (f.matches()) out.put(f.group(1), current = new ArrayList<>());
            else if (m.matches() && current != null) current.add(new Line(Integer.parseInt(m.group(1), 16), m.group(2).trim(), m.group(3)));
        }
        return out;
    }
}
