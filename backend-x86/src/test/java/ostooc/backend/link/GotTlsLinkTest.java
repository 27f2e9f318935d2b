package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ostooc.backend.link.GasObjects.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.elf.Elf;
import ostooc.backend.elf.ExecutableChecks;
import ostooc.backend.elf.ExecutableChecks.Phdr;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.testutil.Tools;
import ostooc.backend.x86.asm.RelocType;

/**
 * GOT relocations (relaxed to direct forms, or through a real slot) and static TLS, each one checked by
 * running the program: each check exits with its own non-zero code when it fails.
 */
class GotTlsLinkTest {
    static final LinkOptions OPTS = new LinkOptions("_start");

    static boolean hasReloc(ObjectFile o, RelocType t) {
        return o.sections().stream().flatMap(s -> s.relocs().stream()).anyMatch(r -> r.type() == t);
    }

    static final String DATA = """
            .data
            .globl var
            var: .quad 0x1234
            .text
            .globl func
            func: mov $5, %eax
            ret
            .globl tail
            tail:
            """ + exit(0) + """
            .weak nowhere
            """;

    /** An absolute symbol, defined in another object (gas refuses @GOTPCREL against a local absolute). */
    static ObjectFile absolute(Path dir) throws Exception {
        return assemble(dir, "abs", ".globl abs_sym\n.set abs_sym, 0x12345678\n");
    }

    @Test
    void gotLoadsAreRelaxedOrGetSlotsAndAllSeeTheSymbols(@TempDir Path dir) throws Exception {
        ObjectFile o = assemble(dir, "got", DATA + """
                .globl _start
                _start:
                lea var(%rip), %rbx
                mov var@GOTPCREL(%rip), %rax        # REX_GOTPCRELX, mov: relaxed to lea
                cmp %rax, %rbx
                jne f1
                mov var@GOTPCREL(%rip), %r9         # REX.R register: still relaxed
                cmp %r9, %rbx
                jne f2
                call *func@GOTPCREL(%rip)           # GOTPCRELX, call: relaxed to addr32 call
                cmp $5, %eax
                jne f3
                mov abs_sym@GOTPCREL(%rip), %rcx    # absolute symbol: a GOT slot
                cmp $0x12345678, %rcx
                jne f4
                xor %edx, %edx
                add var@GOTPCREL(%rip), %rdx        # not a mov: a GOT slot
                cmp %rdx, %rbx
                jne f5
                mov nowhere@GOTPCREL(%rip), %rsi    # weak undefined: 0
                test %rsi, %rsi
                jne f6
                jmp *tail@GOTPCREL(%rip)            # GOTPCRELX, jmp: relaxed to jmp; nop
                """ + fails(6));
        assertTrue(hasReloc(o, RelocType.R_X86_64_REX_GOTPCRELX) && hasReloc(o, RelocType.R_X86_64_GOTPCRELX));
        byte[] exe = Linker.link(List.of(o, absolute(dir)), OPTS);
        assertEquals(0, run(dir, "t", exe));
        String d = Tools.ok(dir, "objdump", "-d", "-M", "intel", "-j", ".text", "t");
        assertTrue(d.contains("lea    rax,[rip+") && d.contains("lea    r9,[rip+"), d);
        assertTrue(d.contains("addr32 call"), d);
        assertTrue(Tools.ok(dir, "readelf", "-SW", "t").contains(" .got "), "slots for abs_sym and the add");
    }

    @Test
    void plainGotpcrelAlwaysUsesASlot(@TempDir Path dir) throws Exception {
        ObjectFile o = assemble(dir, "got", DATA + """
                .globl _start
                _start:
                lea var(%rip), %rbx
                mov var@GOTPCREL(%rip), %rax
                cmp %rax, %rbx
                jne f1
                mov (%rax), %rax
                cmp $0x1234, %rax
                jne f2
                """ + exit(0) + fails(2), "-Wa,-mrelax-relocations=no");
        assertTrue(hasReloc(o, RelocType.R_X86_64_GOTPCREL));
        byte[] exe = Linker.link(List.of(o), OPTS);
        assertEquals(0, run(dir, "t", exe));
        assertTrue(Tools.ok(dir, "objdump", "-d", "-M", "intel", "t").contains("mov    rax,QWORD PTR [rip+"), "not relaxed");
    }

    @Test
    void tlsOffsetsAgreeWithPtTlsAndRelaxationsRewriteTheInstructions(@TempDir Path dir) throws Exception {
        ObjectFile o = assemble(dir, "tls", """
                .section .tdata,"awT",@progbits
                .align 8
                .globl t_init
                t_init: .quad 0x1122334455
                t_second: .long 77
                .section .tbss,"awT",@nobits
                .align 16
                t_zero: .zero 16
                .text
                .globl _start
                _start:
                mov %fs:t_init@tpoff, %rax          # TPOFF32
                mov t_init@gottpoff(%rip), %rcx     # GOTTPOFF mov -> mov $tpoff, %rcx
                mov t_second@gottpoff(%rip), %r10   # GOTTPOFF mov into r8-r15 -> REX.B
                xor %edx, %edx
                add t_zero@gottpoff(%rip), %rdx     # GOTTPOFF add -> add $tpoff, %rdx
                ud2
                """);
        assertTrue(hasReloc(o, RelocType.R_X86_64_TPOFF32) && hasReloc(o, RelocType.R_X86_64_GOTTPOFF));
        byte[] exe = Linker.link(List.of(o), OPTS);
        assertEquals(List.of(), ExecutableChecks.ostooViolations(exe));
        Phdr tls = ExecutableChecks.programHeaders(exe).stream().filter(p -> p.type() == Elf.PT_TLS).findFirst().orElseThrow();
        assertEquals(12, tls.filesz(), ".tdata: a quad and a long");
        assertEquals(32, tls.memsz(), ".tdata is 12 bytes, then .tbss at its 16-byte alignment, 16 bytes");
        ByteBuffer b = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x1122334455L, b.getLong((int) tls.offset()), "the TLS image is .tdata's bytes");
        Tools.write(dir, "t", exe);
        String d = Tools.ok(dir, "objdump", "-d", "-M", "intel", "-j", ".text", "t");
        long end = tls.memsz(); // tpoff(x) = x - (tls.vaddr + memsz): t_init at 0, t_second at 8, t_zero at 16
        assertEquals(0, tls.vaddr() % 16, "PT_TLS starts at its alignment, so the thread pointer (its end) is aligned too");
        assertTrue(d.contains("mov    rax,QWORD PTR fs:0x" + Long.toHexString(-end)), d);
        assertTrue(d.contains("mov    rcx,0x" + Long.toHexString(-end)), d);
        assertTrue(d.contains("mov    r10,0x" + Long.toHexString(8 - end)), d);
        assertTrue(d.contains("add    rdx,0x" + Long.toHexString(16 - end)), d);
        assertFalse(Tools.ok(dir, "readelf", "-SW", "t").contains(" .got "), "every GOTTPOFF was relaxed");
    }

    @Test
    void pc64AndTpoff64AgreeWithTheirNarrowForms(@TempDir Path dir) throws Exception {
        ObjectFile o = assemble(dir, "wide", """
                .section .tbss,"awT",@nobits
                .align 8
                pad: .zero 24
                t: .zero 8
                .section .data.target,"aw"
                target: .quad 0
                .data
                delta: .quad target - .             # R_X86_64_PC64 (another section: gas cannot resolve it)
                tp64: .quad t@tpoff                 # R_X86_64_TPOFF64
                .text
                .globl _start
                _start:
                lea delta(%rip), %rax
                add delta(%rip), %rax
                lea target(%rip), %rbx
                cmp %rax, %rbx
                jne f1
                mov $t@tpoff, %rcx                  # R_X86_64_TPOFF32, sign-extended
                cmp tp64(%rip), %rcx
                jne f2
                cmp $-8, %rcx                       # t is the last 8 bytes of the 32-byte block
                jne f3
                """ + exit(0) + fails(3));
        assertTrue(hasReloc(o, RelocType.R_X86_64_PC64) && hasReloc(o, RelocType.R_X86_64_TPOFF64));
        assertEquals(0, run(dir, "t", Linker.link(List.of(o), OPTS)));
    }

    @Test
    void tlsRelocationAgainstOrdinaryDataIsAnError(@TempDir Path dir) throws Exception {
        ObjectFile o = assemble(dir, "bad", ".text\n.globl _start\n_start:\nmov %fs:plain@tpoff, %rax\nud2\n");
        ObjectFile data = assemble(dir, "data", ".data\n.globl plain\nplain: .quad 1\n");
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(List.of(o, data), OPTS));
        assertTrue(e.getMessage().contains("TLS relocation against plain, which is not a thread-local variable"), e.getMessage());
    }

    static String fails(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("f").append(i).append(":\n").append(exit(i));
        }
        return s.toString();
    }
}
