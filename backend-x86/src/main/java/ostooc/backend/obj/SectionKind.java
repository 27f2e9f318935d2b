package ostooc.backend.obj;

/** What a section holds, which decides its output segment: TEXT -> R+X, RODATA -> R, DATA/BSS -> R+W; OTHER is not loaded. */
public enum SectionKind {
    TEXT, RODATA, DATA, BSS, OTHER
}
