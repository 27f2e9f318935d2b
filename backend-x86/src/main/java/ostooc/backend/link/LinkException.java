package ostooc.backend.link;

/** A link that cannot produce a correct executable: undefined or duplicate symbols, bad relocations, overflow. */
public final class LinkException extends Exception {
    public LinkException(String message) {
        super(message);
    }
}
