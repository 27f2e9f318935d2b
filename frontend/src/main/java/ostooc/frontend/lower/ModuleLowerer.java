package ostooc.frontend.lower;

import ostooc.frontend.Diagnostics;
import ostooc.frontend.attr.Attributor;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.model.ProgramModel;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.ClassInit;
import ostooc.frontend.tree.Pos;
import ostooc.ir.Function;
import ostooc.ir.Module;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3: lowers what is reachable from the {@code @EntryPoint} to an IR module. A worklist of methods
 * and class initialisers: lowering one requests the functions it calls (including exported symbols named
 * in {@code Asm.call}), and those are lowered in turn; nothing unreachable is emitted, so a hello world
 * contains no {@code eprint}. Vtable and itable slots request their methods only once reached code
 * dispatches their selector ({@link VirtualSlots}), descriptors carry names only once code that reads them is
 * reached ({@link ClassNames}). Requires an error-free user program (library code is attributed on demand).
 */
public final class ModuleLowerer {
    final Module module = new Module();
    final ProgramModel model;
    final Attributor attributor;
    final Diagnostics diags;
    /** The user's main method: {@code void main(String[])} or {@code int main()}. */
    final MethodSym main;
    final StringPool strings = new StringPool(module);
    final StaticData statics = new StaticData(module, strings);
    final ClassNames names = new ClassNames(strings);
    final ClassDescriptors descriptors = new ClassDescriptors(this);
    final ArrayDescriptors arrays = new ArrayDescriptors(this);
    final VirtualSlots slots = new VirtualSlots(this);
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final Set<Object> requested = new HashSet<>();
    private final Map<ClassSym, String> initSymbols = new HashMap<>();

    public ModuleLowerer(ProgramModel model, Attributor attributor, Diagnostics diags, MethodSym main) {
        this.model = model; this.attributor = attributor; this.diags = diags; this.main = main;
    }

    public Module lower() {
        module.entrySymbol = method(model.entryPoint);
        while (!work.isEmpty()) work.poll().run();
        slots.finish();
        names.finish();
        descriptors.trimVtables();
        return module;
    }

    /** The symbol of {@code m}, queueing its lowering on first request. */
    String method(MethodSym m) {
        if (m.implementation != null) return method(m.implementation);   // java.lang.Object's methods live in the shim
        if (requested.add(m)) {
            names.requested(m);
            work.add(() -> lowerMethod(m));
        }
        return m.symbol();
    }

    /** The symbol of an exported method ({@code Asm.call("_start_java")}); null if none has that name. */
    String export(String symbol) {
        MethodSym m = model.export(symbol);
        return m == null ? null : method(m);
    }

    /**
     * The {@code <clinit>} symbol of {@code c}, or null when neither the class nor any type its initialization
     * starts with (its superclass, superinterfaces with defaults: {@link InitTriggers}) has initialisation code.
     */
    String classInit(ClassSym c) {
        if (initSymbols.containsKey(c)) return initSymbols.get(c);
        initSymbols.put(c, null);   // (a cycle in erroneous hierarchies cannot get here: they are reported before lowering)
        ClassInit own = attributor.classInit(c);
        List<String> first = new ArrayList<>();
        for (ClassSym t : InitTriggers.of(c)) {
            String s = classInit(t);
            if (s != null) first.add(s);
        }
        if (own == null && first.isEmpty()) return null;
        String symbol = c.binaryName + ".<clinit>()V";
        initSymbols.put(c, symbol);
        ClassInit init = own != null ? own : new ClassInit(c, List.of());
        work.add(() -> ClassInitLowerer.lower(this, init, first, symbol));
        return symbol;
    }

    /** The storage symbol of a static field; its class's initialisation is planned first (DATA or BSS). */
    String field(FieldSym f) {
        attributor.classInit(f.owner);
        return statics.field(f);
    }

    void error(Pos p, String message) { diags.error(p.file(), p.line(), p.column(), message); }

    private void lowerMethod(MethodSym m) {
        if (m.annotations.cFunction() != null) { NakedLowerer.variadicThunk(this, m); return; }   // only variadic ones are requested
        AttributedMethod am = attributor.method(m);
        if (m.isNative) return;   // intrinsics and syscalls are expanded at their call sites
        Function fn = new Function(m.symbol(), am.params().stream().map(v -> v.type.irType()).toList(), m.result.irType());
        fn.exported = m.annotations.export() != null;
        fn.noreturn = m.annotations.noReturn();
        fn.naked = m.annotations.naked();
        module.add(fn);
        if (am.body() == null) return;
        if (fn.naked) NakedLowerer.lower(this, fn, am);
        else new FunctionLowerer(this, fn, m.owner).lowerMethod(am);
    }

    List<Function> functions() { return module.functions(); }
}
