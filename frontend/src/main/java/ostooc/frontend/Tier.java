package ostooc.frontend;

import java.util.Locale;

/**
 * The runtime tier a program is built for (see {@code ostoo.rt.annotation.Tier}): FREESTANDING (raw
 * syscalls, no libc) or LIBC (linked with musl's libc.a).
 */
public enum Tier {
    FREESTANDING, LIBC;

    /** The name used on the command line and in {@code @Tier("...")}: {@code freestanding}, {@code libc}. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The tier named {@code label} ({@code libc}, {@code freestanding}), or null. */
    public static Tier byLabel(String label) {
        for (Tier t : values()) if (t.label().equals(label)) return t;
        return null;
    }
}
