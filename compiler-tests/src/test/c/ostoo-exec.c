/* From the project's shared tools, /work/shared/ostoo-exec/ostoo-exec.c (its README: "It is ours: the project
 * may take it into its own test tree"), unchanged below this comment. Built by compiler-tests' OstooExec. */
/*
 * ostoo-exec: run a static x86-64 ET_EXEC on Linux in the initial state ostoo's loader gives it
 * (ostoo-abi.md sections 1-3), to check a binary against ostoo without booting ostoo.
 *
 *   ostoo-exec [options] PROGRAM [ARGV0 [ARGV1 ...]]
 *
 * The words after PROGRAM become argv exactly: none gives argc = 0, as ostoo's kernel shell `exec`
 * does (Linux's own execve turns an empty argv into argc = 1, argv[0] = "", since 5.18).
 *   -e NAME=VALUE   add an environment entry (default: none, as the kernel shell)
 *   -s KIB          stack size in KiB, a multiple of 4 (default 32: ostoo's 8 pages at
 *                   0x7FFF_F000_0000..0x7FFF_F000_8000); a PROT_NONE guard page lies below it
 *   -b BYTES        instead: exactly BYTES usable below the entry RSP (for bisecting stack needs)
 *   -l              Linux syscalls: no seccomp filter (default: ostoo's syscall list, others -ENOSYS,
 *                   ioctl -ENOTTY, lseek -ESPIPE, arch_prctl other than ARCH_SET_FS -EINVAL, fcntl other
 *                   than F_GETFD/F_SETFD/F_GETFL -EINVAL, clone other than CLONE_VM|CLONE_VFORK -ENOSYS)
 *   -f HEX          x87 control word at entry (default 0, as ostoo; 37f is Linux's)
 *   -q              quiet: no diagnostics on stderr
 * What it reproduces: ostoo's ELF header checks; PT_LOADs copied page by page into fresh zeroed pages,
 * with a refusal (exit 125, "ostoo would panic") when two PT_LOADs touch one 4 KiB page or a segment
 * meets the stack; page protections from PF_W / PF_X only; AT_PHDR as ostoo computes it; the stack
 * image (argc, argv, envp, auxv UID PAGESZ PHDR PHENT PHNUM ENTRY RANDOM NULL, padding, 16 constant
 * AT_RANDOM bytes, strings); RSP 16-aligned at argc; RAX = R9 = 0 and every other general register
 * garbage; RFLAGS DF clear; FS base 0; MXCSR 0x1F80, x87 FCW 0, XMM zeroed.
 * Not reproduced: brk_base (brk continues this loader's own heap), ostoo's brk rounding, fstat's fake
 * result, clock_gettime's zeros, the kernel-panic cases at run time (#DE, bad pointers in syscalls).
 * Exit status: the program's; 125 = ostoo would panic while loading; 126 = ostoo would refuse the ELF.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096UL
#define STACK_TOP 0x7FFFF0008000UL

static int quiet;
static uint64_t entry_addr;   /* jumped through, from static memory (nothing of ours on the new stack) */

static void die(int code, const char *fmt, const char *arg) {
    if (!quiet) { fprintf(stderr, "ostoo-exec: "); fprintf(stderr, fmt, arg); fputc('\n', stderr); }
    exit(code);
}

struct range { uint64_t lo, hi; };   /* page numbers [lo, hi) */

static void install_filter(void) {
#define ALLOW(nr) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)
#define ERR(nr, e) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (e))
#define ARG0 offsetof(struct seccomp_data, args[0])
#define ARG1 offsetof(struct seccomp_data, args[1])
    struct sock_filter f[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        /* ostoo semantics that a filter can express */
        ERR(16, ENOTTY),   /* ioctl */
        ERR(8, ESPIPE),    /* lseek */
        /* arch_prctl: only ARCH_SET_FS */
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 158, 0, 4),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x1002, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EINVAL),
        /* fcntl: F_GETFD 1, F_SETFD 2, F_GETFL 3 only */
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 72, 0, 5),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG1),
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 1, 0, 2),
        BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 3, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EINVAL),
        /* clone: CLONE_VM|CLONE_VFORK, optionally | SIGCHLD */
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 56, 0, 5),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x4100, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x4111, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        /* the rest of ostoo's list (ostoo-abi.md section 3) */
        ALLOW(0), ALLOW(1), ALLOW(2), ALLOW(3), ALLOW(5), ALLOW(9), ALLOW(10), ALLOW(11), ALLOW(12),
        ALLOW(13), ALLOW(14), ALLOW(15), ALLOW(20), ALLOW(22), ALLOW(28), ALLOW(33), ALLOW(39), ALLOW(59),
        ALLOW(60), ALLOW(61), ALLOW(62), ALLOW(79), ALLOW(80), ALLOW(131), ALLOW(202), ALLOW(204),
        ALLOW(217), ALLOW(218), ALLOW(228), ALLOW(231), ALLOW(273), ALLOW(293), ALLOW(318),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
    };
    struct sock_fprog prog = { .len = sizeof f / sizeof f[0], .filter = f };
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)) die(1, "PR_SET_NO_NEW_PRIVS: %s", strerror(errno));
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog)) die(1, "seccomp: %s", strerror(errno));
}

int main(int argc, char **argv) {
    char *env[256];
    int envc = 0, linux_calls = 0;
    long stack_kib = 32, usable = -1;
    unsigned fcw = 0;
    int opt;
    while ((opt = getopt(argc, argv, "+e:s:b:lf:q")) != -1) {
        switch (opt) {
        case 'e': if (envc < 255) env[envc++] = optarg; break;
        case 's': stack_kib = strtol(optarg, 0, 10); break;
        case 'b': usable = strtol(optarg, 0, 10); break;
        case 'l': linux_calls = 1; break;
        case 'f': fcw = (unsigned)strtoul(optarg, 0, 16); break;
        case 'q': quiet = 1; break;
        default: fprintf(stderr, "usage: ostoo-exec [-e K=V]... [-s KIB | -b BYTES] [-l] [-f HEX] [-q] PROGRAM [ARGV...]\n"); return 2;
        }
    }
    if (optind >= argc) { fprintf(stderr, "usage: ostoo-exec [options] PROGRAM [ARGV...]\n"); return 2; }
    if (stack_kib <= 0 || stack_kib % 4) die(2, "%s", "-s needs a positive multiple of 4");
    const char *path = argv[optind];
    char **pargv = argv + optind + 1;
    int pargc = argc - optind - 1;

    /* the whole file, as ostoo reads it */
    int fd = open(path, O_RDONLY);
    if (fd < 0) die(126, "cannot open %s (ENOENT on ostoo)", path);
    struct stat st;
    fstat(fd, &st);
    size_t size = (size_t)st.st_size;
    unsigned char *img = malloc(size ? size : 1);
    for (size_t got = 0; got < size;) {
        ssize_t n = read(fd, img + got, size - got);
        if (n <= 0) die(126, "%s", "read failed");
        got += (size_t)n;
    }
    close(fd);

    /* header checks, in ostoo's order */
    Elf64_Ehdr *eh = (Elf64_Ehdr *)img;
    if (size < 64) die(126, "%s", "ENOEXEC: shorter than 64 bytes");
    if (memcmp(eh->e_ident, ELFMAG, 4)) die(126, "%s", "ENOEXEC: bad magic");
    if (eh->e_ident[EI_CLASS] != ELFCLASS64) die(126, "%s", "ENOEXEC: not ELF64");
    if (eh->e_ident[EI_DATA] != ELFDATA2LSB) die(126, "%s", "ENOEXEC: not little-endian");
    if (eh->e_type != ET_EXEC) die(126, "%s", "ENOEXEC: e_type is not ET_EXEC");
    if (eh->e_machine != EM_X86_64) die(126, "%s", "ENOEXEC: e_machine is not x86-64");

    struct range seen[64];
    int nseen = 0, nload = 0;
    uint64_t at_phdr = 0, pt_phdr = 0, have_pt_phdr = 0;
    uint64_t stack_lo = STACK_TOP - 8 * PAGE;
    for (int i = 0; i < eh->e_phnum; i++) {
        uint64_t off = eh->e_phoff + (uint64_t)i * eh->e_phentsize;
        if (off + sizeof(Elf64_Phdr) > size) die(126, "%s", "ENOEXEC: program header outside the file");
        Elf64_Phdr *ph = (Elf64_Phdr *)(img + off);
        if (ph->p_type == PT_PHDR) { pt_phdr = ph->p_vaddr; have_pt_phdr = 1; }
        if (ph->p_type != PT_LOAD) continue;
        if (ph->p_offset + ph->p_filesz < ph->p_offset || ph->p_offset + ph->p_filesz > size)
            die(126, "%s", "ENOEXEC: PT_LOAD file range outside the file");
        nload++;
        uint64_t lo = ph->p_vaddr / PAGE, hi = (ph->p_vaddr + ph->p_memsz + PAGE - 1) / PAGE;
        if (lo < STACK_TOP / PAGE && hi > stack_lo / PAGE) die(125, "%s", "ostoo would panic: a PT_LOAD meets the stack");
        if (hi > 0x800000000000UL / PAGE) die(125, "%s", "a PT_LOAD reaches the kernel half (would corrupt ostoo's page tables)");
        for (int j = 0; j < nseen; j++)
            if (lo < seen[j].hi && seen[j].lo < hi) die(125, "%s", "ostoo would panic: two PT_LOADs touch the same 4 KiB page");
        if (nseen < 64) seen[nseen++] = (struct range){lo, hi};
        if (hi > lo) {
            void *m = mmap((void *)(lo * PAGE), (hi - lo) * PAGE, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
            if (m == MAP_FAILED || m != (void *)(lo * PAGE)) die(1, "cannot map the segment at its address: %s", strerror(errno));
            memcpy((void *)ph->p_vaddr, img + ph->p_offset, ph->p_filesz);
        }
        if (!have_pt_phdr && eh->e_phoff >= ph->p_offset && eh->e_phoff < ph->p_offset + ph->p_filesz && !at_phdr)
            at_phdr = ph->p_vaddr + (eh->e_phoff - ph->p_offset);
    }
    if (!nload) die(126, "%s", "ENOEXEC: no PT_LOAD");
    if (have_pt_phdr) at_phdr = pt_phdr;
    /* protections: PF_W -> writable, no PF_X -> no-execute, PF_R ignored (always readable) */
    for (int i = 0; i < eh->e_phnum; i++) {
        Elf64_Phdr *ph = (Elf64_Phdr *)(img + eh->e_phoff + (uint64_t)i * eh->e_phentsize);
        if (ph->p_type != PT_LOAD) continue;
        uint64_t lo = ph->p_vaddr / PAGE, hi = (ph->p_vaddr + ph->p_memsz + PAGE - 1) / PAGE;
        int prot = PROT_READ | ((ph->p_flags & PF_W) ? PROT_WRITE : 0) | ((ph->p_flags & PF_X) ? PROT_EXEC : 0);
        if (hi > lo && mprotect((void *)(lo * PAGE), (hi - lo) * PAGE, prot)) die(1, "mprotect: %s", strerror(errno));
    }

    /* the stack image: strings from the top down (argv[0] highest), AT_RANDOM, gap, vector */
    size_t strbytes = 0;
    for (int i = 0; i < pargc; i++) strbytes += strlen(pargv[i]) + 1;
    for (int i = 0; i < envc; i++) strbytes += strlen(env[i]) + 1;
    size_t words = 1 + (size_t)pargc + 1 + (size_t)envc + 1 + 16;
    size_t image = strbytes + 16 + 7 + words * 8 + 8 + 16;   /* upper bound */
    uint64_t top, region_lo, region_len;
    if (usable >= 0) {   /* exactly `usable` bytes below the entry RSP: place the image accordingly */
        region_len = ((uint64_t)usable + image + PAGE - 1) / PAGE * PAGE + PAGE;
        region_lo = 0x7FFF00000000UL;
    } else {
        region_len = (uint64_t)stack_kib * 1024;
        region_lo = STACK_TOP - region_len;
    }
    void *guard = mmap((void *)(region_lo - PAGE), PAGE + region_len, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE, -1, 0);
    if (guard == MAP_FAILED) {   /* the address is taken (our own stack): anywhere will do */
        guard = mmap(0, PAGE + region_len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (guard == MAP_FAILED) die(1, "stack mmap: %s", strerror(errno));
        if (!quiet) fprintf(stderr, "ostoo-exec: note: stack not at ostoo's address\n");
    }
    region_lo = (uint64_t)guard + PAGE;
    if (mprotect((void *)region_lo, region_len, PROT_READ | PROT_WRITE)) die(1, "stack mprotect: %s", strerror(errno));
    top = region_lo + region_len;

    uint64_t sp, argvp[256], envpp[256];
    if (pargc > 255) pargc = 255;
    for (int pass = 0; pass < 2; pass++) {
        sp = top;
        for (int i = 0; i < pargc; i++) {
            size_t n = strlen(pargv[i]) + 1;
            sp -= n; if (pass) memcpy((void *)sp, pargv[i], n); argvp[i] = sp;
        }
        for (int i = 0; i < envc; i++) {
            size_t n = strlen(env[i]) + 1;
            sp -= n; if (pass) memcpy((void *)sp, env[i], n); envpp[i] = sp;
        }
        sp -= 16;
        uint64_t rnd = sp;
        if (pass) for (int i = 0; i < 16; i++) ((unsigned char *)sp)[i] = (unsigned char)(7 * i + 0x42);
        sp &= ~7UL;
        if ((sp - words * 8) % 16) { sp -= 8; if (pass) *(uint64_t *)sp = 0; }
        sp -= words * 8;
        if (usable >= 0 && pass == 0) {   /* shift the top so that RSP - region_lo == usable (16-aligned) */
            uint64_t want = region_lo + (((uint64_t)usable + 15) & ~15UL);
            top -= sp - want;
            top &= ~15UL;
            continue;
        }
        if (!pass) continue;
        uint64_t *v = (uint64_t *)sp;
        *v++ = (uint64_t)pargc;
        for (int i = 0; i < pargc; i++) *v++ = argvp[i];
        *v++ = 0;
        for (int i = 0; i < envc; i++) *v++ = envpp[i];
        *v++ = 0;
        uint64_t aux[] = { AT_UID, 0, AT_PAGESZ, 4096, AT_PHDR, at_phdr, AT_PHENT, eh->e_phentsize,
                           AT_PHNUM, eh->e_phnum, AT_ENTRY, eh->e_entry, AT_RANDOM, rnd, AT_NULL, 0 };
        memcpy(v, aux, sizeof aux);
    }
    if (!quiet && getenv("OSTOO_EXEC_VERBOSE"))
        fprintf(stderr, "ostoo-exec: entry %#lx rsp %#lx (%lu bytes usable) at_phdr %#lx\n",
                (unsigned long)eh->e_entry, (unsigned long)sp, (unsigned long)(sp - region_lo), (unsigned long)at_phdr);
    entry_addr = eh->e_entry;
    fflush(0);
    if (!linux_calls) install_filter();

    /* FPU: zeroed FXSAVE image with MXCSR 0x1F80 and the chosen FCW; then FS base 0, registers, jump */
    static const uint32_t mxcsr = 0x1F80;
    static uint16_t fcw_word;
    fcw_word = (uint16_t)fcw;
    __asm__ volatile("fninit\n\tfldcw %0\n\tldmxcsr %1\n\t"
                     "pxor %%xmm0,%%xmm0\n\tpxor %%xmm1,%%xmm1\n\tpxor %%xmm2,%%xmm2\n\tpxor %%xmm3,%%xmm3\n\t"
                     "pxor %%xmm4,%%xmm4\n\tpxor %%xmm5,%%xmm5\n\tpxor %%xmm6,%%xmm6\n\tpxor %%xmm7,%%xmm7\n\t"
                     "pxor %%xmm8,%%xmm8\n\tpxor %%xmm9,%%xmm9\n\tpxor %%xmm10,%%xmm10\n\tpxor %%xmm11,%%xmm11\n\t"
                     "pxor %%xmm12,%%xmm12\n\tpxor %%xmm13,%%xmm13\n\tpxor %%xmm14,%%xmm14\n\tpxor %%xmm15,%%xmm15\n\t"
                     :: "m"(fcw_word), "m"(mxcsr));
    __asm__ volatile(
        "mov %0, %%r13\n\t"
        "mov $158, %%eax\n\tmov $0x1002, %%edi\n\txor %%esi, %%esi\n\tsyscall\n\t"   /* FS base = 0 */
        "mov %%r13, %%rsp\n\t"
        "movabs $0x5a5a5a5a5a5a5a5a, %%rbx\n\tmov %%rbx, %%rcx\n\tmov %%rbx, %%rdx\n\tmov %%rbx, %%rsi\n\t"
        "mov %%rbx, %%rdi\n\tmov %%rbx, %%rbp\n\tmov %%rbx, %%r8\n\tmov %%rbx, %%r10\n\tmov %%rbx, %%r11\n\t"
        "mov %%rbx, %%r12\n\tmov %%rbx, %%r13\n\tmov %%rbx, %%r14\n\tmov %%rbx, %%r15\n\t"
        "xor %%eax, %%eax\n\txor %%r9d, %%r9d\n\tcld\n\t"
        "jmp *%1\n\t"
        :: "r"(sp), "m"(entry_addr) : "memory");
    __builtin_unreachable();
}
