package ostooc.backend.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ostooc.backend.elf.ArArchive;
import ostooc.backend.elf.ElfObjectReader;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.testutil.Tools;

/**
 * Test inputs made by the machine's assembler and ar (GNU as writes exactly the relocations a compiler's
 * output carries, e.g. REX_GOTPCRELX), read back with our reader. AT&T syntax, as gcc emits it.
 */
final class GasObjects {
    private GasObjects() {
    }

    /** exit(code) via syscall 60, as a line of assembly. */
    static String exit(int code) {
        return "mov $60, %eax\nmov $" + code + ", %edi\nsyscall\n";
    }

    /** Assembles {@code name}.s (with extra gcc flags) into {@code name}.o and reads it. */
    static ObjectFile assemble(Path dir, String name, String source, String... flags) throws IOException {
        Files.writeString(dir.resolve(name + ".s"), source);
        List<String> cmd = new ArrayList<>(List.of("gcc", "-c"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of(name + ".s", "-o", name + ".o"));
        Tools.ok(dir, cmd.toArray(String[]::new));
        return ElfObjectReader.read(name + ".o", Files.readAllBytes(dir.resolve(name + ".o")));
    }

    /** ar rcs {@code name} from assembly sources given as alternating member name / source. */
    static ArArchive archive(Path dir, String name, String... memberAndSource) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ar", "rcs", name));
        for (int i = 0; i < memberAndSource.length; i += 2) {
            assemble(dir, memberAndSource[i], memberAndSource[i + 1]);
            cmd.add(memberAndSource[i] + ".o");
        }
        Tools.ok(dir, cmd.toArray(String[]::new));
        return ArArchive.read(name, Files.readAllBytes(dir.resolve(name)));
    }

    /** A function {@code name} in its own section that loads {@code marker} (so its presence shows in the image) and returns. */
    static String markedFunction(String name, long marker, String body) {
        return ".section .text." + name + ",\"ax\",@progbits\n.globl " + name + "\n" + name + ":\nmovabs $0x"
                + Long.toHexString(marker) + ", %r11\n" + body + "ret\n";
    }

    /** True if the image contains {@code marker} as a little-endian 64-bit value. */
    static boolean contains(byte[] image, long marker) {
        return indexOf(image, marker) >= 0;
    }

    static int indexOf(byte[] image, long marker) {
        outer:
        for (int i = 0; i + 8 <= image.length; i++) {
            for (int b = 0; b < 8; b++) {
                if (image[i + b] != (byte) (marker >>> (8 * b))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Writes, runs and returns the exit code of an executable image. */
    static int run(Path dir, String name, byte[] image) {
        return Tools.run(dir, Musl.executable(dir, name, image).toString()).exit();
    }
}
