package ostoo.rt;

import ostoo.rt.annotation.Intrinsic;

/** What the compiler knows about the program being built, for the start-up code. */
public final class Program {
    private Program() { }

    /**
     * Runs the program's {@code main} and returns its exit code: {@code static int main()} returns its
     * value; {@code public static void main(String[] args)} returns 0. Static initializers run as the JVM
     * would run them (on first active use of a class).
     */
    @Intrinsic public static native int runMain(long argc, long argv);
}
