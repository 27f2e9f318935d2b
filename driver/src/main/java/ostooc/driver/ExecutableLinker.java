package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.backend.obj.ObjectFile;

/**
 * The last step of a compilation: relocatable objects and static archives in, an ostoo ET_EXEC out.
 * Two implementations ({@link Linkers}): ostooc's own linker and GNU ld. Archives are searched for the
 * members that define what the objects leave undefined (libc.a in the libc tier; none freestanding).
 */
public interface ExecutableLinker {
    /** The executable's bytes; a link error (undefined symbol, ...) is a {@link LinkFailedException}. */
    byte[] link(List<ObjectFile> objects, List<Path> archives, String entrySymbol);
}
