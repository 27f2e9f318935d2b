package ostooc.backend.obj;

/** Symbol binding (ELF STB_*): locals resolve within their object only; a WEAK definition yields to a GLOBAL one. */
public enum Binding {
    LOCAL, GLOBAL, WEAK
}
