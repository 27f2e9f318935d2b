package ostoo.rt;

import ostoo.rt.annotation.Intrinsic;
import ostoo.rt.annotation.NoReturn;
import ostoo.rt.annotation.Syscall;

/**
 * ostoo's system calls (Linux x86-64 numbering), the counterpart of ostoo-rt's {@code syscall} module:
 * raw {@code syscall0..6} and typed wrappers. Every wrapper is one inline {@code syscall} instruction and
 * returns the raw result (a negative errno on failure); none retries. Pointers are addresses
 * ({@code long}); paths are NUL-terminated.
 */
public final class Sys {
    private Sys() { }

    public static final long SYS_READ = 0, SYS_WRITE = 1, SYS_OPEN = 2, SYS_CLOSE = 3, SYS_MMAP = 9, SYS_BRK = 12,
            SYS_DUP2 = 33, SYS_GETPID = 39, SYS_CLONE = 56, SYS_EXECVE = 59, SYS_EXIT = 60, SYS_WAIT4 = 61,
            SYS_KILL = 62, SYS_GETCWD = 79, SYS_CHDIR = 80, SYS_GETDENTS64 = 217, SYS_EXIT_GROUP = 231,
            SYS_PIPE2 = 293;

    @Intrinsic public static native long syscall0(long nr);
    @Intrinsic public static native long syscall1(long nr, long a1);
    @Intrinsic public static native long syscall2(long nr, long a1, long a2);
    @Intrinsic public static native long syscall3(long nr, long a1, long a2, long a3);
    @Intrinsic public static native long syscall4(long nr, long a1, long a2, long a3, long a4);
    @Intrinsic public static native long syscall5(long nr, long a1, long a2, long a3, long a4, long a5);
    @Intrinsic public static native long syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

    @Syscall(0) public static native long read(int fd, long buf, long count);
    @Syscall(1) public static native long write(int fd, long buf, long count);
    @Syscall(2) public static native long open(long path, long flags, long mode);
    @Syscall(3) public static native long close(int fd);
    @Syscall(9) public static native long mmap(long addr, long length, long prot, long flags, long fd, long offset);
    @Syscall(12) public static native long brk(long addr);
    @Syscall(33) public static native long dup2(int oldFd, int newFd);
    @Syscall(39) public static native long getpid();
    /** vfork-style clone (child stack 0): in the child only rax, r9, rsp and rip are meaningful. */
    @Syscall(56) public static native long clone(long flags);
    @Syscall(59) public static native long execve(long path, long argv, long envp);
    @Syscall(61) public static native long wait4(long pid, long status, long options);
    @Syscall(62) public static native long kill(long pid, int sig);
    @Syscall(79) public static native long getcwd(long buf, long size);
    @Syscall(80) public static native long chdir(long path);
    @Syscall(217) public static native long getdents64(int fd, long buf, long count);
    @Syscall(228) public static native long clockGettime(int clock, long timespec);
    @Syscall(293) public static native long pipe2(long fds, int flags);
    /** Ends the process with {@code code} (ostoo: exit and exit_group are the same). */
    @Syscall(60) @NoReturn public static native void exit(int code);
}
