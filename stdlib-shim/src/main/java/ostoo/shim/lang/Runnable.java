package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;

/** {@code java.lang.Runnable}: user classes, anonymous classes and enums implement it; calls through it are interface calls. */
@JdkClass("java.lang.Runnable")
public interface Runnable {
    void run();
}
