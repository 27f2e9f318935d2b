package ostoo.rt;

/**
 * {@code System.getenv(name)}: the value of an environment variable, or null. Freestanding: a scan of the
 * {@code envp} array that ostoo (and Linux) put after argv on the initial stack, for {@code NAME=value}
 * with NAME the UTF-8 bytes of {@code name}. libc: musl's getenv. Values are decoded from UTF-8 as the
 * arguments are ({@link Args}).
 */
public final class Env {
    private Env() { }

    private static long envp;   // freestanding: the initial stack's envp, set by _start_java

    static void setInitialEnvironment(long p) { envp = p; }

    public static String getenv(String name) {
        if (name == null) Panic.panic("java.lang.NullPointerException", "System.getenv");
        long key = CString.of(name);
        if (Build.LIBC) return CString.read(LibC.getenv(key));
        if (envp == 0) return null;
        for (long e = envp; Mem.loadLong(e) != 0; e += 8) {
            long value = valueIfNamed(Mem.loadLong(e), key);
            if (value != 0) return Args.decode(value);
        }
        return null;
    }

    /** The address of the value in the entry {@code NAME=value} at {@code entry} when NAME equals the C string {@code key}; else 0. */
    private static long valueIfNamed(long entry, long key) {
        long i = 0;
        while (Mem.loadByte(key + i) != 0) {
            if (Mem.loadByte(entry + i) != Mem.loadByte(key + i)) return 0;
            i++;
        }
        return Mem.loadByte(entry + i) == '=' ? entry + i + 1 : 0;
    }
}
