package ostoo.shim;

/**
 * {@code java.lang.Runnable}, the one non-generic JDK interface programs may implement: the compiler resolves the
 * name {@code Runnable} (and {@code java.lang.Runnable}) to this interface (see frontend model.ClassLookup), so user
 * classes, anonymous classes and enums implement it and calls through it are ordinary interface calls.
 */
public interface Runnable {
    void run();
}
