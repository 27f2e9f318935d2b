package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ostooc.backend.link.GasObjects.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.obj.ObjectFile;

/**
 * What libc start-up finds by position rather than by symbol: .init/.fini fragments glued across
 * objects, the constructor arrays in priority order with their bounds symbols, and the other
 * linker-defined symbols. Checked by running: each check exits with its own code when it fails.
 */
class StartupSectionsLinkTest {
    @Test
    void initArraysAreSortedByPriorityAndBoundedByLinkerSymbols(@TempDir Path dir) throws Exception {
        ObjectFile arrays = assemble(dir, "arrays", """
                .section .init_array.00200,"aw"
                .quad 200
                .section .init_array,"aw"
                .quad 65535
                .section .init_array.00101,"aw"
                .quad 101
                .section .fini_array,"aw"
                .quad 7
                """);
        ObjectFile main = assemble(dir, "main", """
                .text
                .globl _start
                _start:
                lea __init_array_start(%rip), %rsi
                lea __init_array_end(%rip), %rdi
                sub %rsi, %rdi
                cmp $24, %rdi
                jne f1
                cmpq $101, 0(%rsi)
                jne f2
                cmpq $200, 8(%rsi)
                jne f3
                cmpq $65535, 16(%rsi)
                jne f4
                lea __fini_array_start(%rip), %rsi
                lea __fini_array_end(%rip), %rdi
                sub %rsi, %rdi
                cmp $8, %rdi
                jne f5
                cmpq $7, (%rsi)
                jne f6
                lea __preinit_array_start(%rip), %rsi
                lea __preinit_array_end(%rip), %rdi
                cmp %rsi, %rdi
                jne f7
                """ + exit(0) + GotTlsLinkTest.fails(7));
        // Nothing references the arrays: they live because start-up code walks them.
        assertEquals(0, run(dir, "t", Linker.link(List.of(main, arrays), new LinkOptions("_start"))));
    }

    @Test
    void initFragmentsFromSeveralObjectsFormOneFunction(@TempDir Path dir) throws Exception {
        // crti opens _init, crtn closes it; the middle fragment is 16-aligned, so the linker pads: with NOPs, not int3.
        ObjectFile crti = assemble(dir, "crti", ".section .init,\"ax\",@progbits\n.globl _init\n_init:\nmov $1, %eax\n");
        ObjectFile middle = assemble(dir, "middle", ".section .init,\"ax\",@progbits\n.balign 16\nadd $40, %eax\n");
        ObjectFile main = assemble(dir, "main", ".text\n.globl _start\n_start:\ncall _init\nmov %eax, %edi\nmov $60, %eax\nsyscall\n");
        ObjectFile crtn = assemble(dir, "crtn", ".section .init,\"ax\",@progbits\nadd $1, %eax\nret\n");
        assertEquals(42, run(dir, "t", Linker.link(List.of(crti, main, middle, crtn), new LinkOptions("_start"))));
    }

    @Test
    void imageBoundarySymbols(@TempDir Path dir) throws Exception {
        ObjectFile main = assemble(dir, "main", """
                .bss
                buffer: .zero 5000
                .data
                value: .quad 3
                .text
                .globl _start
                _start:
                mov __ehdr_start(%rip), %eax
                cmp $0x464c457f, %eax
                jne f1
                lea _end(%rip), %rax
                lea buffer+5000(%rip), %rbx
                cmp %rbx, %rax
                jb f2
                lea __bss_start(%rip), %rax
                lea buffer(%rip), %rbx
                cmp %rbx, %rax
                ja f3
                lea _edata(%rip), %rax
                lea value+8(%rip), %rbx
                cmp %rbx, %rax
                jb f4
                lea _etext(%rip), %rax
                lea _start(%rip), %rbx
                cmp %rbx, %rax
                jbe f5
                """ + exit(0) + GotTlsLinkTest.fails(5));
        assertEquals(0, run(dir, "t", Linker.link(List.of(main), new LinkOptions("_start"))));
    }
}
