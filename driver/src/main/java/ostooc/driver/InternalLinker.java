package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

import ostooc.backend.link.LinkException;
import ostooc.backend.link.LinkOptions;
import ostooc.backend.link.Linker;
import ostooc.backend.obj.ObjectFile;

/** ostooc's own static linker ({@code ostooc.backend.link.Linker}). It does not read archives yet. */
final class InternalLinker implements ExecutableLinker {
    @Override
    public byte[] link(List<ObjectFile> objects, List<Path> archives, String entrySymbol) {
        if (!archives.isEmpty())
            throw new LinkFailedException("the internal linker cannot link static archives (" + archives + ") yet: use --linker ld");
        try {
            return Linker.link(objects, new LinkOptions(entrySymbol));
        } catch (LinkException e) {
            throw new LinkFailedException(e.getMessage());
        }
    }
}
