package ostooc.backend.obj;

/** Symbol type (ELF STT_*), in ELF numbering order. */
public enum SymbolType {
    NOTYPE, FUNC, OBJECT, SECTION, FILE, TLS
}
