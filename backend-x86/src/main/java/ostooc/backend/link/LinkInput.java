package ostooc.backend.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ostooc.backend.elf.ArArchive;
import ostooc.backend.elf.ElfFormatException;
import ostooc.backend.elf.ElfObjectReader;
import ostooc.backend.obj.ObjectFile;

/**
 * One item of the linker's "command line": a relocatable object, linked whole, or an ar archive, whose
 * members are linked only when they define a symbol that is still undefined (see {@link ArchiveSelection}).
 * Order matters as for GNU ld: sections are laid out in command-line order, and members pulled from an
 * archive take the archive's place, so {@code crt1.o crti.o main.o libc.a crtn.o} puts crtn's
 * {@code .init} epilogue after everything else.
 */
public sealed interface LinkInput {
    record ObjectInput(ObjectFile object) implements LinkInput {
        public ObjectInput {
            Objects.requireNonNull(object, "object");
        }
    }

    record ArchiveInput(ArArchive archive) implements LinkInput {
        public ArchiveInput {
            Objects.requireNonNull(archive, "archive");
        }
    }

    static LinkInput of(ObjectFile object) {
        return new ObjectInput(object);
    }

    static LinkInput of(ArArchive archive) {
        return new ArchiveInput(archive);
    }

    /** Reads a file as an archive ({@code !<arch>} magic) or an ELF relocatable object; named by its file name. */
    static LinkInput read(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        boolean archive = data.length >= 8 && new String(data, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("!<");
        try {
            return archive ? of(ArArchive.read(name, data)) : of(ElfObjectReader.read(name, data));
        } catch (ElfFormatException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads each file with {@link #read(Path)}, keeping their order. */
    static List<LinkInput> readAll(List<Path> files) throws IOException {
        List<LinkInput> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }
}
