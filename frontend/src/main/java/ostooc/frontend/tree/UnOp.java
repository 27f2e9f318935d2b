package ostooc.frontend.tree;

/** Unary operators on a promoted operand: {@code -x}, {@code ~x}, and {@code !b}. */
public enum UnOp { NEG, BITNOT, NOT }
