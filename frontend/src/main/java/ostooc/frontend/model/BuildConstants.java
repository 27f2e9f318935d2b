package ostooc.frontend.model;

import ostooc.frontend.Tier;

/**
 * Gives {@code ostoo.rt.Build}'s constants their value for this compilation: {@code Build.LIBC} is true
 * in the libc tier. They are constant variables, so uses fold and an {@code if (Build.LIBC)} lowers only
 * its taken branch (see lower.FunctionLowerer): the runtime's conditional compilation.
 */
public final class BuildConstants {
    public static final String BUILD = "ostoo.rt.Build";

    private BuildConstants() { }

    public static void bind(ProgramModel model) {
        ClassSym build = model.byBinaryName(BUILD);
        if (build == null) return;   // a test's library without the runtime
        FieldSym libc = build.fields.get("LIBC");
        if (libc == null) return;
        libc.constant = new ConstValue.Int(model.tier == Tier.LIBC ? 1 : 0);
        libc.constantVariable = true;
        libc.state = FieldSym.State.RESOLVED;
    }
}
