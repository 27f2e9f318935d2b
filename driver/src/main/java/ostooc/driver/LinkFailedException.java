package ostooc.driver;

/** The program compiled but cannot be linked (an undefined or duplicate symbol): the CLI's exit code 1. */
public final class LinkFailedException extends RuntimeException {
    public LinkFailedException(String message) { super(message); }
}
