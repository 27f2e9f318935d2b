package ostoo.rt;

import ostoo.rt.annotation.EntryPoint;
import ostoo.rt.annotation.Export;
import ostoo.rt.annotation.Naked;
import ostoo.rt.annotation.Tier;
import ostoo.rt.asm.Asm;
import ostoo.rt.asm.Reg;

/**
 * Process start-up, freestanding tier: the seed's {@code _start} exactly. ostoo enters with rsp 16-byte
 * aligned, pointing at argc (which may be 0); no register but rsp is meaningful. The environment follows
 * argv's NULL on the initial stack.
 */
@Tier(Tier.FREESTANDING)
public final class Start {
    private Start() { }

    @EntryPoint @Naked @Export("_start")
    static void start() {
        Asm.movLoad(Reg.RDI, Reg.RSP, 0);   // argc
        Asm.lea(Reg.RSI, Reg.RSP, 8);       // argv
        Asm.andImm(Reg.RSP, -16);           // the SysV call alignment, whatever the loader did
        Asm.call("_start_java");
        Asm.ud2();                          // _start_java never returns
    }

    /** Runs main and exits with its result (syscall 60). */
    @Export("_start_java")
    static void startJava(long argc, long argv) {
        Env.setInitialEnvironment(argv + 8 * (argc + 1));
        Sys.exit(Program.runMain(argc, argv));
    }
}
