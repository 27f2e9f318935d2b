package ostooc.backend.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import ostooc.backend.testutil.Objdump;

/**
 * (instruction, bytes, objdump text) triples. Each row is assembled from its text and must give exactly
 * the bytes; then all rows together go through our ELF writer into objdump, which must decode each
 * row's bytes to the row's text. The rows cover every Assembler method and the encoding traps:
 * RSP/R12 bases (SIB), RBP/R13 bases (disp8 0), byte registers needing REX, extended registers,
 * imm8 vs imm32, 16-bit prefixes, RIP-relative relocations with trailing immediates.
 */
class EncodingTableTest {
    record Row(String asm, String hex, String objdump) {
    }

    static final List<Row> ROWS = List.of(
        // _start's instructions
        new Row("mov rdi, [rsp]", "48 8b 3c 24", "mov rdi,QWORD PTR [rsp]"),
        new Row("lea rsi, [rsp+8]", "48 8d 74 24 08", "lea rsi,[rsp+0x8]"),
        new Row("and rsp, -16", "48 83 e4 f0", "and rsp,0xfffffffffffffff0"),
        new Row("xor ecx, ecx", "31 c9", "xor ecx,ecx"),
        new Row("mov eax, 60", "b8 3c 00 00 00", "mov eax,0x3c"),
        new Row("mov rdi, rax", "48 89 c7", "mov rdi,rax"),
        new Row("syscall", "0f 05", "syscall"),
        new Row("ud2", "0f 0b", "ud2"),
        new Row("ret", "c3", "ret"),
        new Row("int3", "cc", "int3"),
        new Row("fninit", "db e3", "fninit"),
        // memory addressing traps
        new Row("mov rax, [rbp]", "48 8b 45 00", "mov rax,QWORD PTR [rbp+0x0]"),
        new Row("mov rax, [r12]", "49 8b 04 24", "mov rax,QWORD PTR [r12]"),
        new Row("mov rax, [r13]", "49 8b 45 00", "mov rax,QWORD PTR [r13+0x0]"),
        new Row("mov rax, [r13+rcx*8+0x100]", "49 8b 84 cd 00 01 00 00", "mov rax,QWORD PTR [r13+rcx*8+0x100]"),
        new Row("mov [rsp+0x10], r15", "4c 89 7c 24 10", "mov QWORD PTR [rsp+0x10],r15"),
        new Row("mov eax, [rcx*4]", "8b 04 8d 00 00 00 00", "mov eax,DWORD PTR [rcx*4+0x0]"),
        new Row("mov ecx, [rax+r12*2-8]", "42 8b 4c 60 f8", "mov ecx,DWORD PTR [rax+r12*2-0x8]"),
        new Row("mov r9, [rsp+rbp*1]", "4c 8b 0c 2c", "mov r9,QWORD PTR [rsp+rbp*1]"),
        // byte stores and byte registers
        new Row("mov [rax], sil", "40 88 30", "mov BYTE PTR [rax],sil"),
        new Row("mov [rax], dil", "40 88 38", "mov BYTE PTR [rax],dil"),
        new Row("mov [rax], bl", "88 18", "mov BYTE PTR [rax],bl"),
        new Row("mov [r9], r10b", "45 88 11", "mov BYTE PTR [r9],r10b"),
        new Row("mov spl, bpl", "40 88 ec", "mov spl,bpl"),
        new Row("mov ax, [rdx+2]", "66 8b 42 02", "mov ax,WORD PTR [rdx+0x2]"),
        new Row("mov DWORD PTR [rbp-8], 5", "c7 45 f8 05 00 00 00", "mov DWORD PTR [rbp-0x8],0x5"),
        new Row("mov QWORD PTR [rsp], -1", "48 c7 04 24 ff ff ff ff", "mov QWORD PTR [rsp],0xffffffffffffffff"),
        new Row("mov BYTE PTR [rdi], 0x41", "c6 07 41", "mov BYTE PTR [rdi],0x41"),
        new Row("mov WORD PTR [rdi], 0x1234", "66 c7 07 34 12", "mov WORD PTR [rdi],0x1234"),
        // immediates into registers
        new Row("movabs rax, 0x123456789", "48 b8 89 67 45 23 01 00 00 00", "movabs rax,0x123456789"),
        new Row("mov rax, -1", "48 c7 c0 ff ff ff ff", "mov rax,0xffffffffffffffff"),
        new Row("mov r8, 0xffffffff", "41 b8 ff ff ff ff", "mov r8d,0xffffffff"),
        new Row("mov sil, 7", "40 b6 07", "mov sil,0x7"),
        new Row("mov r11w, 300", "66 41 bb 2c 01", "mov r11w,0x12c"),
        // RIP-relative and absolute symbols
        new Row("mov eax, [rip+counter]", "8b 05 00 00 00 00", "mov eax,DWORD PTR [rip+0x0] R_X86_64_PC32 counter-0x4"),
        new Row("mov DWORD PTR [rip+counter], 7", "c7 05 00 00 00 00 07 00 00 00",
                "mov DWORD PTR [rip+0x0],0x7 R_X86_64_PC32 counter-0x8"),
        new Row("cmp BYTE PTR [rip+flag+1], 0", "80 3d 00 00 00 00 00", "cmp BYTE PTR [rip+0x0],0x0 R_X86_64_PC32 flag-0x4"),
        new Row("mov rax, [table+rcx*8]", "48 8b 04 cd 00 00 00 00", "mov rax,QWORD PTR [rcx*8+0x0] R_X86_64_32S table"),
        new Row("lea rdi, [rip+\"Foo.bar(I)V\"+16]", "48 8d 3d 00 00 00 00", "lea rdi,[rip+0x0] R_X86_64_PC32 Foo.bar(I)V+0xc"),
        // ALU register/register, immediates, memory
        new Row("add eax, ecx", "01 c8", "add eax,ecx"),
        new Row("sub r9, r10", "4d 29 d1", "sub r9,r10"),
        new Row("cmp al, dil", "40 38 f8", "cmp al,dil"),
        new Row("adc dx, si", "66 11 f2", "adc dx,si"),
        new Row("sbb rbx, rcx", "48 19 cb", "sbb rbx,rcx"),
        new Row("or r12d, eax", "41 09 c4", "or r12d,eax"),
        new Row("add rax, 1", "48 83 c0 01", "add rax,0x1"),
        new Row("add rcx, 0x1000", "48 81 c1 00 10 00 00", "add rcx,0x1000"),
        new Row("add eax, 0x100", "05 00 01 00 00", "add eax,0x100"),
        new Row("cmp r12, -128", "49 83 fc 80", "cmp r12,0xffffffffffffff80"),
        new Row("cmp r12, 127", "49 83 fc 7f", "cmp r12,0x7f"),
        new Row("cmp r12, 128", "49 81 fc 80 00 00 00", "cmp r12,0x80"),
        new Row("and al, 0x7f", "24 7f", "and al,0x7f"),
        new Row("xor sil, 1", "40 80 f6 01", "xor sil,0x1"),
        new Row("sub ax, 1000", "66 2d e8 03", "sub ax,0x3e8"),
        new Row("or r8w, 0x1234", "66 41 81 c8 34 12", "or r8w,0x1234"),
        new Row("add rax, [rbx+8]", "48 03 43 08", "add rax,QWORD PTR [rbx+0x8]"),
        new Row("sub [rsp+0x80], edx", "29 94 24 80 00 00 00", "sub DWORD PTR [rsp+0x80],edx"),
        new Row("cmp QWORD PTR [r12+8], 0", "49 83 7c 24 08 00", "cmp QWORD PTR [r12+0x8],0x0"),
        new Row("add DWORD PTR [rax], 0x10000", "81 00 00 00 01 00", "add DWORD PTR [rax],0x10000"),
        new Row("cmp BYTE PTR [rdi+rsi*1], 0", "80 3c 37 00", "cmp BYTE PTR [rdi+rsi*1],0x0"),
        // test
        new Row("test rax, rax", "48 85 c0", "test rax,rax"),
        new Row("test sil, sil", "40 84 f6", "test sil,sil"),
        new Row("test eax, 1", "a9 01 00 00 00", "test eax,0x1"),
        new Row("test ecx, 0x100", "f7 c1 00 01 00 00", "test ecx,0x100"),
        new Row("test dil, 1", "40 f6 c7 01", "test dil,0x1"),
        new Row("test al, 1", "a8 01", "test al,0x1"),
        // extensions
        new Row("movzx eax, sil", "40 0f b6 c6", "movzx eax,sil"),
        new Row("movzx r8d, BYTE PTR [rdi]", "44 0f b6 07", "movzx r8d,BYTE PTR [rdi]"),
        new Row("movzx eax, cx", "0f b7 c1", "movzx eax,cx"),
        new Row("movzx rax, WORD PTR [rsp+2]", "48 0f b7 44 24 02", "movzx rax,WORD PTR [rsp+0x2]"),
        new Row("movzx ax, dil", "66 40 0f b6 c7", "movzx ax,dil"),
        new Row("movsx rax, bl", "48 0f be c3", "movsx rax,bl"),
        new Row("movsx ecx, WORD PTR [rbp-2]", "0f bf 4d fe", "movsx ecx,WORD PTR [rbp-0x2]"),
        new Row("movsxd rax, ecx", "48 63 c1", "movsxd rax,ecx"),
        new Row("movsxd r9, DWORD PTR [r13+4]", "4d 63 4d 04", "movsxd r9,DWORD PTR [r13+0x4]"),
        // lea
        new Row("lea rax, [rbx+rcx*4+12]", "48 8d 44 8b 0c", "lea rax,[rbx+rcx*4+0xc]"),
        new Row("lea r13, [r13]", "4d 8d 6d 00", "lea r13,[r13+0x0]"),
        new Row("lea eax, [rdi+rsi*1]", "8d 04 37", "lea eax,[rdi+rsi*1]"),
        new Row("lea rax, [r12+r13*2-0x1000]", "4b 8d 84 6c 00 f0 ff ff", "lea rax,[r12+r13*2-0x1000]"),
        // multiply, divide, unary
        new Row("imul eax, ecx", "0f af c1", "imul eax,ecx"),
        new Row("imul r10, r11", "4d 0f af d3", "imul r10,r11"),
        new Row("imul eax, ecx, 10", "6b c1 0a", "imul eax,ecx,0xa"),
        new Row("imul rdx, rsi, 1000", "48 69 d6 e8 03 00 00", "imul rdx,rsi,0x3e8"),
        new Row("imul rcx", "48 f7 e9", "imul rcx"),
        new Row("imul r11", "49 f7 eb", "imul r11"),
        new Row("imul esi", "f7 ee", "imul esi"),
        new Row("mul rbx", "48 f7 e3", "mul rbx"),
        new Row("mul r9d", "41 f7 e1", "mul r9d"),
        new Row("idiv ecx", "f7 f9", "idiv ecx"),
        new Row("idiv r11", "49 f7 fb", "idiv r11"),
        new Row("div rbx", "48 f7 f3", "div rbx"),
        new Row("cdq", "99", "cdq"),
        new Row("cqo", "48 99", "cqo"),
        new Row("neg eax", "f7 d8", "neg eax"),
        new Row("neg r8", "49 f7 d8", "neg r8"),
        new Row("neg sil", "40 f6 de", "neg sil"),
        new Row("not rdi", "48 f7 d7", "not rdi"),
        // shifts
        new Row("shl eax, cl", "d3 e0", "shl eax,cl"),
        new Row("sar r9, cl", "49 d3 f9", "sar r9,cl"),
        new Row("shr rax, 1", "48 d1 e8", "shr rax,1"),
        new Row("shl rdx, 3", "48 c1 e2 03", "shl rdx,0x3"),
        new Row("rol eax, 8", "c1 c0 08", "rol eax,0x8"),
        new Row("sar sil, 2", "40 c0 fe 02", "sar sil,0x2"),
        new Row("sal ecx, 4", "c1 e1 04", "shl ecx,0x4"),
        new Row("ror r10d, 1", "41 d1 ca", "ror r10d,1"),
        // setcc, cmov
        new Row("sete al", "0f 94 c0", "sete al"),
        new Row("setl sil", "40 0f 9c c6", "setl sil"),
        new Row("setne r9b", "41 0f 95 c1", "setne r9b"),
        new Row("setb spl", "40 0f 92 c4", "setb spl"),
        new Row("setz bpl", "40 0f 94 c5", "sete bpl"),
        new Row("cmovl eax, ecx", "0f 4c c1", "cmovl eax,ecx"),
        new Row("cmovne r8, r9", "4d 0f 45 c1", "cmovne r8,r9"),
        new Row("cmova ax, dx", "66 0f 47 c2", "cmova ax,dx"),
        // stack and control flow
        new Row("push rbp", "55", "push rbp"),
        new Row("push r12", "41 54", "push r12"),
        new Row("pop r15", "41 5f", "pop r15"),
        new Row("pop rbx", "5b", "pop rbx"),
        new Row("call rax", "ff d0", "call rax"),
        new Row("call r11", "41 ff d3", "call r11"),
        new Row("jmp rcx", "ff e1", "jmp rcx"),
        new Row("jmp r8", "41 ff e0", "jmp r8"),
        new Row("call \"Foo.bar(I)V\"", "e8 00 00 00 00", "call .+5 R_X86_64_PLT32 Foo.bar(I)V-0x4"),
        new Row("call some.symbol", "e8 00 00 00 00", "call .+5 R_X86_64_PLT32 some.symbol-0x4"),
        new Row("jmp exit", "e9 00 00 00 00", "jmp .+5 R_X86_64_PLT32 exit-0x4"),
        new Row("l1: jne l1", "75 fe", "jne .+0"),
        new Row("l1: jmp l1", "eb fe", "jmp .+0"));

    static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b);
    }

    @TestFactory
    Stream<DynamicTest> eachRowAssemblesToItsBytes() {
        return ROWS.stream().map(r -> DynamicTest.dynamicTest(r.asm(), () -> {
            Assembler a = AsmText.assemble(r.asm());
            assertEquals(r.hex(), hex(a.finish()), r.asm());
        }));
    }

    @Test
    void objdumpDecodesEveryRowToItsText(@TempDir Path dir) {
        List<Reloc> relocs = new ArrayList<>();
        java.io.ByteArrayOutputStream code = new java.io.ByteArrayOutputStream();
        for (Row r : ROWS) {
            Assembler a = AsmText.assemble(r.asm());
            byte[] b = a.finish();
            for (Reloc rel : a.relocations()) {
                relocs.add(rel.shifted(code.size()));
            }
            code.writeBytes(b);
        }
        List<Objdump.Insn> insns = Objdump.disassemble(dir, code.toByteArray(), relocs);
        assertEquals(ROWS.size(), insns.size(), "instruction count");
        for (int i = 0; i < ROWS.size(); i++) {
            assertEquals(ROWS.get(i).hex(), insns.get(i).hex(), "bytes of " + ROWS.get(i).asm());
            assertEquals(ROWS.get(i).objdump(), insns.get(i).text(), "objdump text of " + ROWS.get(i).asm());
        }
    }
}
