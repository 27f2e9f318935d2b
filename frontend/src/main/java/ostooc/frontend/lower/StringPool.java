package ostooc.frontend.lower;

import ostooc.ir.DataItem;
import ostooc.ir.Module;

import java.util.HashMap;
import java.util.Map;

/**
 * String literals as read-only objects laid out per {@code ostoo.rt.Layout}: header word 0 (8 bytes),
 * length i32 at 8, coder byte at 12, chars at 16. Literals are byte-aligned and not padded (x86 loads need
 * no alignment, and nothing reads a string's address bits), so they pack tightly. The chars are in the runtime's
 * canonical form ({@code ostoo.rt.StringUnits}): Latin-1 (coder 0, one byte each) when every char is at
 * most 0xFF, else UTF-16 (coder 1, two bytes each, little-endian).
 * Identical literals share one item (Java interns them), named {@code str.0}, {@code str.1}, ... in
 * order of first use.
 */
final class StringPool {
    private final Module module;
    private final Map<String, String> names = new HashMap<>();

    StringPool(Module module) { this.module = module; }

    /** The data symbol of the literal {@code s}. */
    String literal(String s) {
        return names.computeIfAbsent(s, k -> {
            String name = "str." + names.size();
            module.add(new DataItem(name, DataItem.Kind.RODATA, 1, layout(k)));
            return name;
        });
    }

    static byte[] layout(String s) {
        int coder = s.chars().allMatch(c -> c <= 0xFF) ? 0 : 1;   // the shift from a char index to its offset
        byte[] b = new byte[16 + (s.length() << coder)];
        putInt(b, 8, s.length());
        b[12] = (byte) coder;
        for (int i = 0; i < s.length(); i++) {
            b[16 + (i << coder)] = (byte) s.charAt(i);
            if (coder == 1) b[17 + 2 * i] = (byte) (s.charAt(i) >> 8);
        }
        return b;
    }

    static void putInt(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >> (8 * i));
    }

    static void putLong(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) b[at + i] = (byte) (v >> (8 * i));
    }
}
