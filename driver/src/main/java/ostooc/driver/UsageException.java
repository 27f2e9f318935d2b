package ostooc.driver;

/** The request itself is wrong (no such file, nothing to compile): the CLI's exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) { super(message); }
}
