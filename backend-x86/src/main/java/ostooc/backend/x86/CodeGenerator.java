package ostooc.backend.x86;

import ostooc.backend.obj.ObjectFile;
import ostooc.backend.x86.asm.Assembler;
import ostooc.backend.x86.asm.AsmText;
import ostooc.backend.x86.emit.FunctionEmitter;
import ostooc.backend.x86.emit.ObjectBuilder;
import ostooc.backend.x86.isel.InstructionSelector;
import ostooc.backend.x86.lir.LFunction;
import ostooc.backend.x86.regalloc.RegisterAllocator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ostooc.ir.Block;
import ostooc.ir.Cfg;
import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Module;
import ostooc.ir.Op;

/**
 * The x86-64 back end: IR module → relocatable object. Per function:
 * <pre>
 *   IR ──InstructionSelector──▶ LIR (vregs) ──RegisterAllocator──▶ Assignment ──FunctionEmitter──▶ bytes + relocs
 *   naked IR (asm text) ──AsmText──▶ bytes + relocs
 * </pre>
 * then {@link ObjectBuilder} gives each function and data item its own section and symbol.
 */
public final class CodeGenerator {
    private CodeGenerator() { }

    public static ObjectFile generate(Module m) { return generate(m, false); }

    /** As {@link #generate(Module)}; {@code checkAllocation} runs the allocation checker on every function (slow; for tests). */
    public static ObjectFile generate(Module m, boolean checkAllocation) {
        return generate(m, checkAllocation, ObjectBuilder.DEFAULT_FUNCTION_ALIGNMENT);
    }

    /**
     * As {@link #generate(Module, boolean)}, the code of each function that has a loop aligned to
     * {@code functionAlignment} bytes (1 for -Os). Functions without a loop are packed at byte alignment:
     * their code runs once per call, so a fetch-block-aligned start buys nothing that the padding (7.5
     * bytes a function on average) would pay for; a loop runs from the same bytes many times.
     */
    public static ObjectFile generate(Module m, boolean checkAllocation, int functionAlignment) {
        ObjectBuilder out = new ObjectBuilder("module", functionAlignment);
        for (Function f : m.functions())
            out.addFunction(f.name(), f.exported, compile(f, checkAllocation), hasLoop(f) ? functionAlignment : 1);
        for (DataItem d : m.data()) out.addData(d);
        return out.finish();
    }

    /** True when some block of {@code f} branches back to itself or to a block before it in reverse post-order. */
    static boolean hasLoop(Function f) {
        List<Block> rpo = Cfg.reversePostOrder(f);
        Map<Block, Integer> index = new HashMap<>();
        for (int i = 0; i < rpo.size(); i++) index.put(rpo.get(i), i);
        for (int i = 0; i < rpo.size(); i++)
            for (Block s : rpo.get(i).successors()) if (index.get(s) <= i) return true;
        return false;
    }

    /** One function's code, not yet finished. */
    public static Assembler compile(Function f, boolean checkAllocation) {
        if (f.naked) return assembleNaked(f);
        LFunction lir = InstructionSelector.select(f);
        RegisterAllocator.Result r = RegisterAllocator.allocate(lir, checkAllocation);
        return FunctionEmitter.emit(lir, r.assignment());
    }

    // Naked: the asm lines in order, as one text (so labels may be shared); the terminator emits nothing.
    private static Assembler assembleNaked(Function f) {
        StringBuilder text = new StringBuilder();
        f.blocks().forEach(b -> b.instrs().forEach(i -> {
            if (i.op() == Op.ASM) text.append(i.text).append('\n');
            else if (!i.isTerminator()) throw new IllegalArgumentException("naked function " + f.name() + " has " + i.op());
        }));
        return AsmText.assemble(text.toString());
    }

}
