package ostooc.tests;

/** What one run of a program did: its stdout, stderr and exit code. */
public record Run(String stdout, String stderr, int exitCode) {
    /** A JVM run ended by an uncaught exception: the native equivalent is a panic, exit 101. */
    public boolean uncaughtException() {
        return exitCode == 1 && stderr.contains("Exception in thread \"main\"");
    }
}
