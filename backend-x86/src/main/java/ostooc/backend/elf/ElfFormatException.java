package ostooc.backend.elf;

/** An input file that is malformed or uses an ELF/ar feature we do not support; the message says which. */
public final class ElfFormatException extends RuntimeException {
    public ElfFormatException(String message) {
        super(message);
    }
}
