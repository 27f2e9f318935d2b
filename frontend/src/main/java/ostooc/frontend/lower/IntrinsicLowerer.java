package ostooc.frontend.lower;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.Expr;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.List;

/**
 * {@code @Intrinsic} natives of ostoo-rt:
 * <pre>
 *   Mem.loadInt(a)       => load.i32 a, 0          (loadByte s8, loadUnsignedByte u8, loadShort s16, loadChar u16, loadLong i64)
 *   Mem.storeInt(a, v)   => store.i32 a, 0, v      (storeByte s8, storeShort s16, storeChar u16, storeLong i64)
 *   Mem.addressOf(s)     => ref2i s                Mem.stringAt(a) => i2ref a
 *   Mem.allocate(n)      => call @allocator(n, 8)
 *   Sys.syscallN(nr, ..) => syscall nr, ..
 *   CPointers.symbol("f") => symaddr @f
 *   Program.runMain(c,v) => %args = call Args.fromArgv(c, v); [call Main.&lt;clinit&gt;]; call main(%args); 0   |   call main()
 * </pre>
 */
final class IntrinsicLowerer {
    private final FunctionLowerer f;

    IntrinsicLowerer(FunctionLowerer f) { this.f = f; }

    Instr lower(Expr.Call c, List<Instr> args) {
        MethodSym m = c.method();
        String q = m.qualifiedName();
        switch (q) {
            case "ostoo.rt.Mem.loadByte": return f.ir.load(MemKind.S8, args.get(0), 0);
            case "ostoo.rt.Mem.loadUnsignedByte": return f.ir.load(MemKind.U8, args.get(0), 0);
            case "ostoo.rt.Mem.loadShort": return f.ir.load(MemKind.S16, args.get(0), 0);
            case "ostoo.rt.Mem.loadChar": return f.ir.load(MemKind.U16, args.get(0), 0);
            case "ostoo.rt.Mem.loadInt": return f.ir.load(MemKind.I32, args.get(0), 0);
            case "ostoo.rt.Mem.loadLong": return f.ir.load(MemKind.I64, args.get(0), 0);
            case "ostoo.rt.Mem.storeByte": return f.ir.store(MemKind.S8, args.get(0), 0, args.get(1));
            case "ostoo.rt.Mem.storeShort": return f.ir.store(MemKind.S16, args.get(0), 0, args.get(1));
            case "ostoo.rt.Mem.storeChar": return f.ir.store(MemKind.U16, args.get(0), 0, args.get(1));
            case "ostoo.rt.Mem.storeInt": return f.ir.store(MemKind.I32, args.get(0), 0, args.get(1));
            case "ostoo.rt.Mem.storeLong": return f.ir.store(MemKind.I64, args.get(0), 0, args.get(1));
            case "ostoo.rt.Mem.addressOf": return f.ir.unary(Op.REF2I, Type.I64, args.get(0));
            case "ostoo.rt.Mem.stringAt": return f.ir.unary(Op.I2REF, Type.REF, args.get(0));
            case "ostoo.rt.Mem.allocate": {
                MethodSym alloc = f.ml.model.globalAllocator;
                if (alloc == null) { f.ml.error(c.pos(), "Mem.allocate needs a @GlobalAllocator method"); return f.ir.iconst(Type.I64, 0); }
                return f.ir.call(f.ml.method(alloc), Type.I64, List.of(args.get(0), f.ir.iconst(Type.I64, 8)));
            }
            case "ostoo.rt.Program.runMain": return runMain(args);
            case "ostoo.rt.CPointers.symbol": return symbolAddress(c);
            // FloatBits: bitcast between f64/i64 and f32/i32; fsqrt
            case "ostoo.rt.FloatBits.doubleToRawLongBits": return f.ir.unary(Op.BITCAST, Type.I64, args.get(0));
            case "ostoo.rt.FloatBits.longBitsToDouble": return f.ir.unary(Op.BITCAST, Type.F64, args.get(0));
            case "ostoo.rt.FloatBits.floatToRawIntBits": return f.ir.unary(Op.BITCAST, Type.I32, args.get(0));
            case "ostoo.rt.FloatBits.intBitsToFloat": return f.ir.unary(Op.BITCAST, Type.F32, args.get(0));
            case "ostoo.rt.FloatBits.sqrt": return f.ir.unary(Op.FSQRT, Type.F64, args.get(0));
            default: break;
        }
        if (q.startsWith("ostoo.rt.Sys.syscall") && m.params.size() >= 1 && m.params.size() <= 7) return f.ir.syscall(args);
        f.ml.error(c.pos(), "unknown intrinsic " + q + m.descriptor());
        return m.result == JType.Prim.VOID ? null : f.ir.zero(m.result.irType());
    }

    // CPointers.symbol("by_value")  =>  symaddr @by_value   (an @Export of that name becomes reachable)
    private Instr symbolAddress(Expr.Call c) {
        if (!(c.args().get(0) instanceof Expr.Const k) || !(k.value() instanceof ConstValue.Str name)) {
            f.ml.error(c.pos(), "CPointers.symbol takes a string literal (the symbol's name)");
            return f.ir.iconst(Type.I64, 0);
        }
        f.ml.export(name.value());
        return f.ir.symaddr(Type.I64, name.value());
    }

    /** The JVM builds args before it initialises the main class; a main that never reads args gets null (nothing can tell). */
    private Instr runMain(List<Instr> argcArgv) {
        MethodSym main = f.ml.main;
        if (main == null) return f.ir.iconst(Type.I32, 0);   // reported by the front end already
        Instr args = null;
        if (main.result != JType.Prim.INT) args = MainArgs.readsArgs(main)
                ? f.ir.call(f.ml.method(MainArgs.builder(f.ml.model)), Type.REF, argcArgv) : f.ir.iconst(Type.REF, 0);
        String clinit = f.ml.classInit(main.owner);
        if (clinit != null) f.ir.call(clinit, Type.VOID, List.of());
        if (main.result == JType.Prim.INT) return f.ir.call(f.ml.method(main), Type.I32, List.of());
        f.ir.call(f.ml.method(main), Type.VOID, List.of(args));
        return f.ir.iconst(Type.I32, 0);
    }
}
