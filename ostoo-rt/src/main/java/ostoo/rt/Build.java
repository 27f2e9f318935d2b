package ostoo.rt;

/**
 * Facts about the build, for the runtime's own code. The compiler replaces {@link #LIBC} with the tier it
 * compiles for, and lowers only the taken branch of an {@code if} on a constant: so
 * {@code if (Build.LIBC) { ...musl... } else { ...syscalls... }} is conditional compilation (JLS 14.22's
 * idiom) and the freestanding tier never references a C function.
 */
public final class Build {
    private Build() { }

    /** True in the libc tier (the value here is only what javac and IDEs see). */
    public static final boolean LIBC = false;
}
