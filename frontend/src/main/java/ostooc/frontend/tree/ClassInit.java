package ostooc.frontend.tree;

import ostooc.frontend.model.ClassSym;

import java.util.List;

/**
 * A class's static initialisation (JVM {@code <clinit>}): non-constant field initializers as assignments
 * and {@code static {}} blocks, in source order. Absent for classes whose statics are all constants.
 */
public record ClassInit(ClassSym cls, List<Stmt> body) { }
