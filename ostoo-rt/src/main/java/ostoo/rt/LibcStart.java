package ostoo.rt;

import ostoo.rt.annotation.EntryPoint;
import ostoo.rt.annotation.Export;
import ostoo.rt.annotation.Naked;
import ostoo.rt.annotation.Tier;
import ostoo.rt.asm.Asm;
import ostoo.rt.asm.Reg;

/**
 * Process start-up, libc tier: the seed's std {@code _start} exactly. musl's {@code __libc_start_main}
 * initialises libc (auxv, TLS through arch_prctl, stdio) and calls C {@code main(argc, argv, envp)}; when
 * main returns, it calls {@code exit(result)}, which flushes stdio. init, fini and rtld_fini are NULL
 * (musl's static start ignores them and runs .init_array itself).
 */
@Tier(Tier.LIBC)
public final class LibcStart {
    private LibcStart() { }

    @EntryPoint @Naked @Export("_start")
    static void start() {
        Asm.movLoad(Reg.RSI, Reg.RSP, 0);     // argc
        Asm.lea(Reg.RDX, Reg.RSP, 8);         // argv
        Asm.leaSymbol(Reg.RDI, "main");       // main
        Asm.xor32(Reg.RCX, Reg.RCX);          // init = NULL
        Asm.xor32(Reg.R8, Reg.R8);            // fini = NULL
        Asm.xor32(Reg.R9, Reg.R9);            // rtld_fini = NULL
        Asm.andImm(Reg.RSP, -16);
        Asm.call("__libc_start_main");
        Asm.ud2();                            // __libc_start_main never returns
    }

    /**
     * C {@code int main(int argc, char **argv, char **envp)}. ostoo starts a process with the x87 control
     * word 0 (24-bit precision, exceptions unmasked) and musl's printf of floating point uses long double:
     * {@code fninit} sets the standard 0x37F before any code runs, then a tail call runs the program.
     */
    @Export("main") @Naked
    static void cMain() {
        Asm.fninit();
        Asm.jmp("_main_java");
    }

    /** Runs the Java program; the result is main's exit code (musl then calls exit with it). */
    @Export("_main_java")
    static int mainJava(int argc, long argv, long envp) {
        return Program.runMain(argc, argv);
    }
}
