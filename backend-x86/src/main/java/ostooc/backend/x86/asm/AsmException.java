package ostooc.backend.x86.asm;

/** A syntax or operand error in {@link AsmText} input; the message names the line. */
public final class AsmException extends RuntimeException {
    public AsmException(String message) {
        super(message);
    }
}
