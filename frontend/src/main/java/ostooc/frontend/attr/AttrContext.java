package ostooc.frontend.attr;

import ostooc.frontend.Diagnostics;
import ostooc.frontend.model.ClassLookup;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.model.TypeResolver;
import ostooc.frontend.tree.Pos;

/** The program-wide services attribution needs: the model, name lookup, types and the diagnostics sink. */
public final class AttrContext {
    public static final String CONSOLE = "ostoo.shim.Console";
    public static final String STRINGS = "ostoo.shim.Strings";

    public final ProgramModel model;
    public final ClassLookup lookup;
    public final TypeResolver types;
    /** The enums each top-level class's switches switch on (their initialization order, see EnumSwitchMaps). */
    public final EnumSwitchMaps enumSwitches = new EnumSwitchMaps();
    /** Boxing and unboxing through the registry's box classes. */
    final Boxing boxing;
    private final Diagnostics diags;

    public AttrContext(ProgramModel model, ClassLookup lookup, TypeResolver types, Diagnostics diags) {
        this.model = model; this.lookup = lookup; this.types = types; this.diags = diags;
        this.boxing = new Boxing(model);
    }

    public void error(Pos p, String message) { diags.error(p.file(), p.line(), p.column(), message); }

    public int errorCount() { return diags.count(); }

    /** A shim class by binary name; null if the library does not have it. */
    public ClassSym shim(String binaryName) { return model.byBinaryName(binaryName); }
}
