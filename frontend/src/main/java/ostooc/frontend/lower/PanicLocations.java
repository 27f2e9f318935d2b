package ostooc.frontend.lower;

import ostooc.frontend.tree.Pos;
import ostooc.ir.Instr;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a runtime error happened, as the last two arguments of the panic handler and of the shim's error
 * functions ({@code ArrayErrors}, {@code ObjectMethods.checkCast}, ...): the source file's name as a String
 * literal, shared by every check site of the file, and {@code line << 16 | column} as an i32 immediate. So a
 * null check, bounds check or division check costs no read-only data of its own; {@code ostoo.rt.Panic}
 * formats {@code File.java:line:column} only when it panics. A position beyond 16 bits (a line past 65535
 * or a column past 65535) is passed whole: the literal {@code "File.java:line:column"} and 0, which is
 * also what the library's own errors pass ({@code "Integer.parseInt"}, 0).
 * <pre>
 *   a[i] at Hello.java:7:13  =>  call @"ostoo.shim.ArrayErrors.indexOutOfBounds(IILjava/lang/String;I)V"(%i, %n, symaddr @str.k "Hello.java", 458765)
 * </pre>
 */
final class PanicLocations {
    private PanicLocations() { }

    private static final int LIMIT = 1 << 16;

    /** The (file, line:column) arguments that name a check at {@code own}, on the JVM's line ({@link LineMarks}). */
    static List<Instr> of(FunctionLowerer f, Pos own) {
        Pos p = f.marks.reported(own);
        if (p.line() < 1 || p.line() >= LIMIT || p.column() < 0 || p.column() >= LIMIT)
            return List.of(f.ir.symaddr(Type.REF, f.ml.strings.literal(p.location())), f.ir.iconst(Type.I32, 0));
        return List.of(f.ir.symaddr(Type.REF, f.ml.strings.literal(p.file().fileName())),
                f.ir.iconst(Type.I32, p.line() << 16 | p.column()));
    }

    /** {@code first} followed by the location arguments of {@code p}. */
    static List<Instr> after(List<Instr> first, FunctionLowerer f, Pos p) {
        List<Instr> args = new ArrayList<>(first);
        args.addAll(of(f, p));
        return args;
    }
}
