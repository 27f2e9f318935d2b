package ostooc.backend.elf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A System V / GNU {@code ar} archive (what libc.a is): members in file order, the GNU symbol index
 * ("/" or "/SYM64/": symbol -> first member defining it) and long names ("//" table, "/offset" refs).
 * Thin and BSD-style archives are rejected. Each member header is 60 bytes; data is 2-byte aligned.
 */
public final class ArArchive {
    /** One member; {@code headerOffset} is where its header starts, which is what the symbol index stores. */
    public record Member(String name, int headerOffset, byte[] data) {
    }

    private final String name;
    private final List<Member> members;
    private final Map<String, Member> symbolIndex;

    private ArArchive(String name, List<Member> members, Map<String, Member> symbolIndex) {
        this.name = name;
        this.members = members;
        this.symbolIndex = symbolIndex;
    }

    /** The archive's name for messages, e.g. {@code libc.a}. */
    public String name() {
        return name;
    }

    /** How a member is named in messages, as GNU ld does: {@code libc.a(printf.lo)}. */
    public String memberName(Member m) {
        return name + "(" + m.name() + ")";
    }

    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    /** Symbol name -> defining member, in index order; empty when the archive has no index. */
    public Map<String, Member> symbolIndex() {
        return Collections.unmodifiableMap(symbolIndex);
    }

    public static ArArchive read(byte[] data) {
        return read("archive.a", data);
    }

    public static ArArchive read(String name, byte[] data) {
        String magic = new String(data, 0, Math.min(8, data.length), StandardCharsets.ISO_8859_1);
        if (magic.equals("!<thin>\n")) {
            throw new ElfFormatException(name + ": thin archives are not supported");
        }
        if (!magic.equals("!<arch>\n")) {
            throw new ElfFormatException(name + ": not an ar archive");
        }
        List<Member> members = new ArrayList<>();
        byte[] index = null;
        boolean index64 = false;
        byte[] longNames = null;
        int pos = 8;
        while (pos + 60 <= data.length) {
            String rawName = field(data, pos, 16);
            long size = Long.parseLong(field(data, pos + 48, 10));
            if (data[pos + 58] != '`' || data[pos + 59] != '\n') {
                throw new ElfFormatException("bad ar member header at " + pos);
            }
            if (pos + 60 + size > data.length) {
                throw new ElfFormatException("ar member at " + pos + " runs past the end");
            }
            byte[] body = java.util.Arrays.copyOfRange(data, pos + 60, (int) (pos + 60 + size));
            if (rawName.equals("/") || rawName.equals("/SYM64/")) {
                index = body;
                index64 = rawName.equals("/SYM64/");
            } else if (rawName.equals("//")) {
                longNames = body;
            } else if (rawName.startsWith("#1/")) {
                throw new ElfFormatException("BSD-style archive member names are not supported");
            } else {
                members.add(new Member(memberName(rawName, longNames), pos, body));
            }
            pos += 60 + (int) size;
            pos += pos & 1;
        }
        return new ArArchive(name, members, index == null ? Map.of() : readIndex(index, index64, members));
    }

    /** GNU index: big-endian count, count member-header offsets, then count NUL-terminated names. */
    private static Map<String, Member> readIndex(byte[] idx, boolean is64, List<Member> members) {
        int w = is64 ? 8 : 4;
        long count = be(idx, 0, w);
        Map<Integer, Member> byOffset = new LinkedHashMap<>();
        for (Member m : members) {
            byOffset.put(m.headerOffset(), m);
        }
        Map<String, Member> out = new LinkedHashMap<>();
        int names = (int) (w + count * w);
        for (int i = 0; i < count; i++) {
            int end = names;
            while (idx[end] != 0) {
                end++;
            }
            String sym = new String(idx, names, end - names, StandardCharsets.UTF_8);
            Member m = byOffset.get((int) be(idx, w + i * w, w));
            if (m == null) {
                throw new ElfFormatException("symbol index entry " + sym + " points at no member");
            }
            out.putIfAbsent(sym, m);
            names = end + 1;
        }
        return out;
    }

    private static String memberName(String raw, byte[] longNames) {
        if (raw.startsWith("/") && raw.length() > 1 && Character.isDigit(raw.charAt(1))) {
            if (longNames == null) {
                throw new ElfFormatException("long member name " + raw + " without a // table");
            }
            int off = Integer.parseInt(raw.substring(1));
            int end = off;
            while (end < longNames.length && longNames[end] != '\n') {
                end++;
            }
            String n = new String(longNames, off, end - off, StandardCharsets.UTF_8);
            return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
        }
        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }

    private static String field(byte[] d, int off, int len) {
        return new String(d, off, len, StandardCharsets.ISO_8859_1).trim();
    }

    private static long be(byte[] d, int off, int w) {
        long v = 0;
        for (int i = 0; i < w; i++) {
            v = v << 8 | (d[off + i] & 0xff);
        }
        return v;
    }
}
