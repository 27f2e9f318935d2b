package ostooc.backend.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ELF string table (.strtab/.shstrtab): NUL-separated names, offset 0 is the empty name; repeats are shared. */
public final class StringTable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> offsets = new LinkedHashMap<>();

    public StringTable() {
        bytes.write(0);
        offsets.put("", 0);
    }

    public int add(String s) {
        return offsets.computeIfAbsent(s, k -> {
            int off = bytes.size();
            bytes.writeBytes(k.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            return off;
        });
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
