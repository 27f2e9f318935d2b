package ostooc.ir.interp;

/** The interpreted program did something the interpreter does not model or that has no meaning. */
public final class InterpreterException extends RuntimeException {
    public InterpreterException(String message) { super(message); }
}
