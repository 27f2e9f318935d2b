package ostooc.tests.fuzz;

/**
 * A Java type of the generated programs: the eight primitives, String, the program's enum ({@code NE}), its
 * abstract class ({@code NA}, whose concrete subclasses are {@code NB} and {@code NC extends NB}), its
 * interface ({@code NI}, implemented by NA and by the unrelated {@code ND}), and arrays of them.
 */
record Ty(Kind kind, Ty elem) {
    enum Kind { BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, STRING, ENUM, OBJ, IFACE, ARRAY }

    static final Ty BOOLEAN = new Ty(Kind.BOOLEAN, null), BYTE = new Ty(Kind.BYTE, null), SHORT = new Ty(Kind.SHORT, null),
            CHAR = new Ty(Kind.CHAR, null), INT = new Ty(Kind.INT, null), LONG = new Ty(Kind.LONG, null),
            FLOAT = new Ty(Kind.FLOAT, null), DOUBLE = new Ty(Kind.DOUBLE, null), STRING = new Ty(Kind.STRING, null),
            ENUM = new Ty(Kind.ENUM, null), OBJ = new Ty(Kind.OBJ, null), IFACE = new Ty(Kind.IFACE, null);
    static final Ty[] PRIMS = {BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE};
    static final Ty[] NUMERIC = {BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE};
    static final Ty[] SCALARS = {BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, STRING, ENUM, OBJ, IFACE};

    static Ty array(Ty elem) { return new Ty(Kind.ARRAY, elem); }

    boolean isArray() { return kind == Kind.ARRAY; }
    boolean isPrim() { return kind.ordinal() <= Kind.DOUBLE.ordinal(); }
    boolean isNumeric() { return isPrim() && kind != Kind.BOOLEAN; }
    boolean isIntegral() { return isNumeric() && kind != Kind.FLOAT && kind != Kind.DOUBLE; }
    boolean isFloating() { return kind == Kind.FLOAT || kind == Kind.DOUBLE; }
    /** byte, short, char: assignments need a cast, compound assignments narrow implicitly. */
    boolean isSmall() { return kind == Kind.BYTE || kind == Kind.SHORT || kind == Kind.CHAR; }
    int dims() { return isArray() ? 1 + elem.dims() : 0; }
    Ty base() { return isArray() ? elem.base() : this; }

    /** The Java spelling in the program whose classes are prefixed {@code n}. */
    String name(String n) {
        return switch (kind) {
            case BOOLEAN -> "boolean"; case BYTE -> "byte"; case SHORT -> "short"; case CHAR -> "char"; case INT -> "int";
            case LONG -> "long"; case FLOAT -> "float"; case DOUBLE -> "double"; case STRING -> "String";
            case ENUM -> n + "E"; case OBJ -> n + "A"; case IFACE -> n + "I"; case ARRAY -> elem.name(n) + "[]";
        };
    }

    /** A short tag for names and feature keys: {@code int}, {@code double[][]}, {@code A[]}. */
    String tag() { return name(""); }
}
