package ostooc.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What binutils' readelf says about an executable, parsed here (independently of the linker's own reader). */
public final class ReadElf {
    /** A row of readelf's program header table. */
    public record Segment(String type, long offset, long vaddr, long fileSize, long memSize, String flags) {
        long firstPage() { return vaddr >>> 12; }
        long lastPage() { return (vaddr + Math.max(memSize, 1) - 1) >>> 12; }
    }

    private static final Pattern PHDR = Pattern.compile(
            "^\\s+(\\w+)\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+0x[0-9a-f]+\\s+0x([0-9a-f]+)\\s+0x([0-9a-f]+)\\s+(.*?)\\s+0x[0-9a-f]+$");

    private ReadElf() { }

    public static String run(String option, Path exe) {
        Run r = Processes.run(List.of("readelf", option, exe.toString()), null, 30);
        if (r.exitCode() != 0) throw new AssertionError("readelf " + option + " failed: " + r.stderr());
        return r.stdout();
    }

    public static List<Segment> segments(String readelfL) {
        List<Segment> out = new ArrayList<>();
        for (String line : readelfL.split("\n")) {
            Matcher m = PHDR.matcher(line);
            if (m.matches()) {
                out.add(new Segment(m.group(1), Long.parseUnsignedLong(m.group(2), 16), Long.parseUnsignedLong(m.group(3), 16),
                        Long.parseUnsignedLong(m.group(4), 16), Long.parseUnsignedLong(m.group(5), 16), m.group(6).strip()));
            }
        }
        return out;
    }
}
