package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's UTF-8 codec against the JDK's: decoding (CString.read, which argv and getenv use too)
 * must give the units {@code new String(bytes, UTF_8)} gives, U+FFFD for each malformed part exactly
 * where the JDK puts one; encoding (console output and CString.of) must give the bytes of
 * {@code getBytes(UTF_8)}, an unpaired surrogate as {@code ?}, also for strings longer than the output
 * buffer. The cases are every one- and two-byte sequence over bytes that matter to UTF-8 and random
 * longer ones (fixed seed); one native program runs them all.
 */
class Utf8CodecTest {
    @TempDir
    Path dir;

    /** Bytes at the edges of UTF-8's ranges: ASCII, continuations, every kind of lead byte, invalid ones. */
    private static final int[] INTERESTING = {
        0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF };

    /** UTF-16 units at the edges: ASCII, 2- and 3-byte ranges, both surrogate halves. */
    private static final int[] UNITS = { 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x3BB };

    @Test
    void decodingAndEncodingAgreeWithTheJdk() throws IOException {
        Random random = new Random(20240607);
        List<byte[]> encoded = new ArrayList<>();
        for (int a : INTERESTING) {
            encoded.add(new byte[] { (byte) a });
            for (int b : INTERESTING) encoded.add(new byte[] { (byte) a, (byte) b });
        }
        for (int k = 0; k < 600; k++) {
            byte[] bytes = new byte[1 + random.nextInt(7)];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
            encoded.add(bytes);
        }
        List<String> strings = new ArrayList<>();
        for (int a : UNITS) for (int b : UNITS) strings.add("" + (char) a + (char) b + (char) a);
        for (int k = 0; k < 40; k++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(k < 20 ? 8 : 400);   // the longer ones span several output buffers
            for (int i = 0; i < n; i++) s.append((char) UNITS[random.nextInt(UNITS.length)]);
            strings.add(s.toString());
        }

        StringBuilder expected = new StringBuilder();
        for (byte[] bytes : encoded) expected.append(units(new String(bytes, StandardCharsets.UTF_8))).append('\n');
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            String roundTrip = new String(utf8, StandardCharsets.UTF_8);
            expected.append(roundTrip).append('\n').append(units(roundTrip)).append('\n');
        }

        Path src = dir.resolve("Utf8Codec.java");
        Files.writeString(src, program(encoded, strings));
        Path exe = Native.compile(List.of(src), dir, "utf8codec", "Utf8Codec");
        Run run = Native.run(exe, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        String[] want = expected.toString().split("\n", -1), got = run.stdout().split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++)
            assertEquals(want[i], got[i], "line " + (i + 1) + (i < encoded.size() ? ", bytes " + hex(encoded.get(i)) : ""));
        assertEquals(want.length, got.length, "lines of output");
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) b.append(String.format("%02X ", x & 0xFF));
        return b.toString().trim();
    }

    private static String units(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) b.append((int) s.charAt(i)).append(' ');
        return b.toString();
    }

    /** The native side: decodes each byte case with CString.read, prints each string and its CString.of round trip. */
    private static String program(List<byte[]> encoded, List<String> strings) {
        StringBuilder bytes = new StringBuilder(), units = new StringBuilder();
        for (byte[] e : encoded) {
            for (byte b : e) bytes.append(String.format("%02x", b & 0xFF));
            bytes.append(',');
        }
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) units.append(String.format("%04x", (int) s.charAt(i)));
            units.append(',');
        }
        return """
                import ostoo.rt.CPointers;
                import ostoo.rt.CString;

                public class Utf8Codec {
                    static final String BYTES = "%s";
                    static final String UNITS = "%s";

                    static int hex(String s, int at, int digits) {
                        int v = 0;
                        for (int i = at; i < at + digits; i++) {
                            char c = s.charAt(i);
                            v = v * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
                        }
                        return v;
                    }

                    static void printUnits(String s) {
                        for (int i = 0; i < s.length(); i++) System.out.print((int) s.charAt(i) + " ");
                        System.out.println();
                    }

                    public static void main(String[] args) {
                        byte[] buffer = new byte[16];
                        int n = 0;
                        for (int at = 0; at < BYTES.length(); at += 2) {
                            if (BYTES.charAt(at) == ',') {
                                buffer[n] = 0;
                                printUnits(CString.read(CPointers.elements(buffer)));
                                n = 0;
                                at--;
                            } else {
                                buffer[n++] = (byte) hex(BYTES, at, 2);
                            }
                        }
                        char[] chars = new char[1000];
                        n = 0;
                        for (int at = 0; at < UNITS.length(); at += 4) {
                            if (UNITS.charAt(at) == ',') {
                                String s = new String(chars, 0, n);
                                System.out.println(s);
                                printUnits(CString.read(CString.of(s)));
                                n = 0;
                                at -= 3;
                            } else {
                                chars[n++] = (char) hex(UNITS, at, 4);
                            }
                        }
                    }
                }
                """.formatted(bytes, units);
    }
}
