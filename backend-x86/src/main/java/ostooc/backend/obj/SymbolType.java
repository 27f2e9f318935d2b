package ostooc.backend.obj;

/** Symbol type, with its ELF STT_* code (ELF numbers OBJECT before FUNC). */
public enum SymbolType {
    NOTYPE(0), FUNC(2), OBJECT(1), SECTION(3), FILE(4), TLS(6);

    private final int elfCode;

    SymbolType(int elfCode) { this.elfCode = elfCode; }

    /** The value of the low four bits of {@code st_info}. */
    public int elfCode() { return elfCode; }
}
