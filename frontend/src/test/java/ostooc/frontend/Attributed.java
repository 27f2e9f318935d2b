package ostooc.frontend;

import ostooc.frontend.attr.AttrContext;
import ostooc.frontend.attr.Attributor;
import ostooc.frontend.model.ModelBuilder;
import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.parse.ParsedFile;
import ostooc.frontend.parse.Parser;
import ostooc.frontend.tree.Expr;

import java.util.ArrayList;
import java.util.List;

/** Test access to the attribution stage: attributes {@code static T X = <expr>;} in a class with the library present. */
final class Attributed {
    final Diagnostics diags = new Diagnostics();
    final ProgramModel model;
    final Attributor attributor;

    Attributed(String source) {
        Parser parser = new Parser(diags);
        List<ParsedFile> files = new ArrayList<>();
        for (SourceFile s : TestSupport.library()) files.add(parser.parse(s, true));
        files.add(parser.parse(new SourceFile("T.java", source), false));
        ModelBuilder b = new ModelBuilder(diags);
        model = b.build(files);
        attributor = new Attributor(new AttrContext(model, b.lookup(), b.types(), diags));
    }

    /** The attributed initializer of field {@code name} of class T. */
    Expr field(String name) { return attributor.fieldInitializer(model.byBinaryName("T").fields.get(name)); }

    /** Attributes {@code static <type> X = <expr>;} with helper declarations {@code extra}. */
    static Expr expr(String type, String expr, String extra) {
        Attributed a = new Attributed("class T {\n" + extra + "\n static " + type + " X = " + expr + ";\n}\n");
        Expr e = a.field("X");
        if (a.diags.hasErrors()) throw new AssertionError(a.diags.sorted().get(0).format());
        return e;
    }
}
