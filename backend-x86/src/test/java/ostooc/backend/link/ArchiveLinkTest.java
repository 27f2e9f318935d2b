package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ostooc.backend.link.GasObjects.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.elf.ArArchive;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.testutil.Tools;

/** Archive member selection: what is pulled, what is not, the fixpoint, placement, and the errors. */
class ArchiveLinkTest {
    static final LinkOptions OPTS = new LinkOptions("_start");
    static final long MARK_A = 0xA1A1A1A1A1A1A1A1L, MARK_B = 0xB2B2B2B2B2B2B2B2L, MARK_C = 0xC3C3C3C3C3C3C3C3L;
    static final long MARK_MAIN = 0x5151515151515151L, MARK_POST = 0x7171717171717171L;

    /** _start: calls {@code callee}, exits with its result. */
    static ObjectFile main(Path dir, String callee) throws Exception {
        return assemble(dir, "main", markedFunction("_start", MARK_MAIN, "call " + callee + "\nmov %eax, %edi\nmov $60, %eax\nsyscall\n"));
    }

    @Test
    void pullsOnlyMembersDefiningWantedSymbolsTransitively(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a",
                "a", markedFunction("a", MARK_A, "call b\nadd $30, %eax\n"),
                "b", markedFunction("b", MARK_B, "mov $12, %eax\n"),
                "c", markedFunction("c", MARK_C, ""));
        byte[] exe = Linker.link(List.of(main(dir, "a")), List.of(lib), OPTS);
        assertTrue(contains(exe, MARK_A) && contains(exe, MARK_B), "a pulled for main, b pulled for a");
        assertFalse(contains(exe, MARK_C), "c defines nothing wanted");
        assertEquals(42, run(dir, "t", exe));
    }

    @Test
    void archivesAreRescannedUntilNothingMoreIsPulled(@TempDir Path dir) throws Exception {
        // x (lib1) needs y (lib2), which needs z (lib1 again): one pass over each archive is not enough.
        ArArchive lib1 = archive(dir, "lib1.a", "x", markedFunction("x", MARK_A, "call y\nadd $1, %eax\n"),
                "z", markedFunction("z", MARK_C, "mov $40, %eax\n"));
        ArArchive lib2 = archive(dir, "lib2.a", "y", markedFunction("y", MARK_B, "call z\nadd $1, %eax\n"));
        assertEquals(42, run(dir, "t", Linker.link(List.of(main(dir, "x")), List.of(lib1, lib2), OPTS)));
    }

    @Test
    void weakUndefinedReferencePullsNothingAndIsZero(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "w", markedFunction("maybe", MARK_A, ""));
        ObjectFile main = assemble(dir, "main", ".weak maybe\n.text\n.globl _start\n_start:\n"
                + "lea maybe(%rip), %rdi\nmov $60, %eax\nsyscall\n");
        byte[] exe = Linker.link(List.of(main), List.of(lib), OPTS);
        assertFalse(contains(exe, MARK_A));
        assertEquals(0, run(dir, "t", exe), "&maybe == 0");
    }

    @Test
    void weakDefinitionIsNotReplacedByAnArchiveMember(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "f", markedFunction("f", MARK_A, "mov $2, %eax\n"));
        ObjectFile main = assemble(dir, "main", ".text\n.globl _start\n_start:\ncall f\nmov %eax, %edi\nmov $60, %eax\nsyscall\n"
                + ".weak f\nf:\nmov $1, %eax\nret\n");
        byte[] exe = Linker.link(List.of(main), List.of(lib), OPTS);
        assertFalse(contains(exe, MARK_A));
        assertEquals(1, run(dir, "t", exe));
    }

    @Test
    void pulledMembersTakeTheirArchivesPlace(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "a", markedFunction("a", MARK_A, "mov $3, %eax\n"));
        ObjectFile post = assemble(dir, "post", markedFunction("post", MARK_POST, ""));
        byte[] exe = Linker.linkInputs(List.of(LinkInput.of(main(dir, "a")), LinkInput.of(lib), LinkInput.of(post)),
                new LinkOptions("_start", LinkOptions.DEFAULT_BASE, List.of("post")));
        assertTrue(indexOf(exe, MARK_MAIN) < indexOf(exe, MARK_A) && indexOf(exe, MARK_A) < indexOf(exe, MARK_POST),
                "main.o, then lib.a(a.o), then post.o");
    }

    @Test
    void unreferencedSectionsOfPulledMembersAreCollected(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "ab", markedFunction("a", MARK_A, "mov $5, %eax\n") + markedFunction("unused", MARK_B, ""));
        byte[] exe = Linker.link(List.of(main(dir, "a")), List.of(lib), OPTS);
        assertTrue(contains(exe, MARK_A));
        assertFalse(contains(exe, MARK_B));
    }

    @Test
    void duplicateWithAPulledMemberNamesTheMember(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "h", markedFunction("h", MARK_A, "") + markedFunction("g", MARK_B, ""));
        ObjectFile main = assemble(dir, "main", markedFunction("_start", MARK_MAIN, "call h\n") + markedFunction("g", MARK_C, ""));
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(List.of(main), List.of(lib), OPTS));
        assertEquals("duplicate symbol: g (defined in object main.o and in object lib.a(h.o))", e.getMessage());
    }

    @Test
    void undefinedSymbolInAMemberNamesTheMember(@TempDir Path dir) throws Exception {
        ArArchive lib = archive(dir, "lib.a", "a", markedFunction("a", MARK_A, "call missing\n"));
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(List.of(main(dir, "a")), List.of(lib), OPTS));
        assertEquals("undefined symbol: missing (referenced from section .text.a in object lib.a(a.o))", e.getMessage());
    }

    @Test
    void archiveWithoutSymbolIndexIsAnError(@TempDir Path dir) throws Exception {
        archive(dir, "lib.a", "a", markedFunction("a", MARK_A, ""));
        Tools.ok(dir, "ar", "rcS", "noindex.a", "a.o");
        ArArchive noIndex = ArArchive.read("noindex.a", Files.readAllBytes(dir.resolve("noindex.a")));
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(List.of(main(dir, "a")), List.of(noIndex), OPTS));
        assertTrue(e.getMessage().contains("archive noindex.a has no symbol index"), e.getMessage());
    }

    @Test
    void linkInputReadsObjectsAndArchivesByContent(@TempDir Path dir) throws Exception {
        archive(dir, "lib.a", "a", markedFunction("a", MARK_A, "mov $9, %eax\n"));
        main(dir, "a");
        List<LinkInput> in = LinkInput.readAll(List.of(dir.resolve("main.o"), dir.resolve("lib.a")));
        assertTrue(in.get(0) instanceof LinkInput.ObjectInput && in.get(1) instanceof LinkInput.ArchiveInput);
        assertEquals(9, run(dir, "t", Linker.linkInputs(in, OPTS)));
    }
}
