package ostooc.ir.interp;

import ostooc.ir.Block;
import ostooc.ir.Eval;
import ostooc.ir.FloatEval;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs IR with Java semantics: the reference that pass tests compare against. Values of every type are
 * held in a long (i32 sign-extended, as {@link Eval} expects); memory is the module's data items
 * ({@link Memory}); CALL runs functions of the module; SYSCALL models write(1 or 2, buf, len), which
 * appends to {@link Result#output()}, and exit/exit_group, which stop the program. Anything else (asm,
 * unknown syscalls, unreachable, running too long) throws {@link InterpreterException}.
 */
public final class Interpreter {
    static final long SYS_WRITE = 1, SYS_EXIT = 60, SYS_EXIT_GROUP = 231;

    /** How a run ended: a return value (0 for void) or an exit code, and what was written. */
    public record Result(long value, boolean exited, int exitCode, String output) { }

    /** Thrown through the Java stack to stop the program at an exit syscall. */
    private static final class Exit extends RuntimeException {
        final int code;
        Exit(int code) { super(null, null, false, false); this.code = code; }
    }

    private final Module module;
    private final Memory memory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long fuel;
    private int depth;

    public Interpreter(Module module) { this(module, 10_000_000); }

    /** {@code steps}: how many instructions may run before the program is declared stuck. */
    public Interpreter(Module module, long steps) {
        this.module = module;
        this.memory = new Memory(module);
        this.fuel = steps;
    }

    public Result run(String function, long... args) {
        Function f = module.function(function);
        if (f == null) throw new InterpreterException("no function @" + function);
        try {
            long v = call(f, args);
            return new Result(v, false, 0, output());
        } catch (Exit e) {
            return new Result(0, true, e.code, output());
        }
    }

    private String output() { return out.toString(StandardCharsets.UTF_8); }

    private long call(Function f, long[] args) {
        if (f.naked) throw new InterpreterException("cannot interpret naked @" + f.name());
        if (args.length != f.paramTypes().size())
            throw new InterpreterException("@" + f.name() + " takes " + f.paramTypes().size() + " arguments, given " + args.length);
        if (++depth > 2000) throw new InterpreterException("call depth exceeded in @" + f.name());
        try {
            return new Frame(f, args).execute();
        } finally {
            depth--;
        }
    }

    /** One activation: the values of the function's instructions, indexed by value id. */
    private final class Frame {
        private final Function f;
        private final long[] args;
        private final long[] values;

        Frame(Function f, long[] args) { this.f = f; this.args = args; this.values = new long[f.valueCount()]; }

        long execute() {
            Block prev = null, b = f.entry();
            while (true) {
                enter(b, prev);
                Block next = null;
                for (Instr i : b.instrs()) {
                    if (--fuel < 0) throw new InterpreterException("step limit reached in @" + f.name());
                    if (i.op() == Op.PHI) continue;
                    switch (i.op()) {
                        case BR -> next = i.targets.get(0);
                        case BRIF -> next = i.targets.get(value(i.input(0)) != 0 ? 0 : 1);
                        case RET -> { return i.inputs().isEmpty() ? 0 : value(i.input(0)); }
                        case UNREACHABLE -> throw new InterpreterException("reached unreachable in @" + f.name() + " " + b);
                        default -> {
                            long v = evaluate(i);
                            if (i.type() != Type.VOID) values[i.id()] = v;   // void instructions have no id of their own
                        }
                    }
                }
                if (next == null) throw new InterpreterException("fell off the end of " + b + " in @" + f.name());
                prev = b;
                b = next;
            }
        }

        /** Phis read their inputs all at once, as if on the edge from {@code prev}. */
        private void enter(Block b, Block prev) {
            List<Instr> phis = new ArrayList<>();
            List<Long> incoming = new ArrayList<>();
            for (Instr i : b.instrs()) {
                if (i.op() != Op.PHI) break;
                int k = i.phiBlocks.indexOf(prev);
                if (k < 0) throw new InterpreterException("phi %" + i.id() + " has no value for edge " + prev + " -> " + b);
                phis.add(i);
                incoming.add(value(i.input(k)));
            }
            for (int k = 0; k < phis.size(); k++) values[phis.get(k).id()] = incoming.get(k);
        }

        private long value(Instr i) { return values[i.id()]; }

        private long evaluate(Instr i) {
            Op op = i.op();
            return switch (op) {
                case ICONST, FCONST -> i.imm;
                case FCMP -> FloatEval.compare(i.cond, i.input(0).type(), value(i.input(0)), value(i.input(1)));
                case PARAM -> args[(int) i.imm];
                case SYMADDR -> memory.address(i.symbol);
                case REF2I, I2REF -> value(i.input(0));
                case CMP -> Eval.compare(i.cond, i.input(0).type(), value(i.input(0)), value(i.input(1)));
                case LOAD -> load(i.mem, value(i.input(0)) + i.imm);
                case STORE -> { memory.write(value(i.input(0)) + i.imm, i.mem.bytes(), value(i.input(1))); yield 0; }
                case CALL -> call(callee(i), operands(i));
                case CALLI -> throw new InterpreterException("cannot interpret calli (function addresses are the linker's)");
                case SYSCALL -> syscall(operands(i));
                case ASM -> throw new InterpreterException("cannot interpret asm");
                default -> arithmetic(i);
            };
        }

        private long arithmetic(Instr i) {
            Long r = i.op().arity() == 2 ? Eval.binary(i.op(), i.type(), value(i.input(0)), value(i.input(1)))
                                         : Eval.unary(i.op(), i.type(), value(i.input(0)));
            if (r == null) r = i.op().arity() == 2 ? FloatEval.binary(i.op(), i.type(), value(i.input(0)), value(i.input(1)))
                                                   : FloatEval.unary(i.op(), i.type(), i.input(0).type(), value(i.input(0)));
            if (r == null) throw new InterpreterException("cannot interpret " + i.op().text());
            return r;
        }

        private long[] operands(Instr i) {
            long[] vs = new long[i.inputs().size()];
            for (int k = 0; k < vs.length; k++) vs[k] = value(i.input(k));
            return vs;
        }
    }

    private Function callee(Instr call) {
        Function g = module.function(call.symbol);
        if (g == null) throw new InterpreterException("call to @" + call.symbol + ", which is not in the module");
        return g;
    }

    private long load(MemKind k, long address) {
        long raw = memory.read(address, k.bytes());
        return switch (k) {
            case S8 -> (byte) raw;
            case S16 -> (short) raw;
            case I32, F32 -> (int) raw;
            default -> raw;        // U8, U16 are zero-extended; I64 and REF are whole
        };
    }

    private long syscall(long[] a) {
        long nr = a[0];
        if (nr == SYS_WRITE && a.length >= 4 && (a[1] == 1 || a[1] == 2)) {
            for (long k = 0; k < a[3]; k++) out.write((int) memory.read(a[2] + k, 1));
            return a[3];
        }
        if ((nr == SYS_EXIT || nr == SYS_EXIT_GROUP) && a.length >= 2) throw new Exit((int) a[1]);
        throw new InterpreterException("unsupported syscall " + nr);
    }
}
