package ostooc.frontend.tree;

import ostooc.frontend.model.MethodSym;

import java.util.List;

/** A method's attributed body; {@code body} is null for native methods (intrinsics, syscalls). */
public record AttributedMethod(MethodSym method, List<LocalVar> params, Stmt.Block body) { }
