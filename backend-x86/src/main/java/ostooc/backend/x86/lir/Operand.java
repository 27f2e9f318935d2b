package ostooc.backend.x86.lir;

/** One operand of an LIR instruction: a location (see {@link Loc}) and its role. */
public record Operand(int loc, Role role) {
    public static Operand use(int loc) { return new Operand(loc, Role.USE); }
    public static Operand def(int loc) { return new Operand(loc, Role.DEF); }
    public static Operand temp(int loc) { return new Operand(loc, Role.TEMP); }

    @Override public String toString() { return role.name().toLowerCase() + " " + Loc.toString(loc); }
}
