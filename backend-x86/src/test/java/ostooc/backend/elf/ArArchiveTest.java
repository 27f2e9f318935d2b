package ostooc.backend.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.testutil.Tools;

/** Reads an archive made by the machine's ar: short and long (//) names, the GNU symbol index, member bytes. */
class ArArchiveTest {
    @Test
    void readsGnuArArchive(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.c"), "int alpha(void) { return 1; }\n");
        Files.writeString(dir.resolve("a_very_long_member_name.c"), "int beta(void) { return 2; }\nint gamma_(void) { return 3; }\n");
        Tools.ok(dir, "gcc", "-c", "a.c", "a_very_long_member_name.c");
        Tools.ok(dir, "ar", "rcs", "lib.a", "a.o", "a_very_long_member_name.o");
        ArArchive ar = ArArchive.read(Files.readAllBytes(dir.resolve("lib.a")));

        assertEquals(List.of("a.o", "a_very_long_member_name.o"), ar.members().stream().map(ArArchive.Member::name).toList());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.o")), ar.members().get(0).data());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a_very_long_member_name.o")), ar.members().get(1).data());
        assertEquals(List.of("alpha", "beta", "gamma_"), List.copyOf(ar.symbolIndex().keySet()));
        assertEquals("a.o", ar.symbolIndex().get("alpha").name());
        assertEquals("a_very_long_member_name.o", ar.symbolIndex().get("gamma_").name());
        // members are real objects our reader understands
        assertEquals("beta", ElfObjectReader.read("m", ar.members().get(1).data()).symbol("beta").name());
    }

    @Test
    void rejectsNonArchives() {
        assertThrows(ElfFormatException.class, () -> ArArchive.read("!<thin>\nxxxxxxxx".getBytes()));
        assertThrows(ElfFormatException.class, () -> ArArchive.read("hello".getBytes()));
    }
}
