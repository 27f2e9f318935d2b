package ostooc.driver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ostooc.backend.link.LinkException;
import ostooc.backend.link.LinkInput;
import ostooc.backend.link.LinkOptions;
import ostooc.backend.link.Linker;
import ostooc.backend.obj.ObjectFile;

/** ostooc's own static linker ({@code ostooc.backend.link.Linker}): the objects, then the archives (libc.a). */
final class InternalLinker implements ExecutableLinker {
    @Override
    public byte[] link(List<ObjectFile> objects, List<Path> archives, String entrySymbol) {
        try {
            List<LinkInput> commandLine = new ArrayList<>();
            objects.forEach(o -> commandLine.add(LinkInput.of(o)));
            for (Path a : archives) commandLine.add(LinkInput.read(a));
            return Linker.linkInputs(commandLine, new LinkOptions(entrySymbol));
        } catch (LinkException e) {
            throw new LinkFailedException(e.getMessage());
        } catch (IOException e) {
            throw new LinkFailedException("cannot read " + e.getMessage());
        }
    }
}
