package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.ir.DataItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rapid type analysis for vtable and itable slots: a slot of class C holds its method only once some
 * lowered code dispatches the slot's <em>selector</em> (name and parameter types, what
 * {@code ClassLayout.overrides} matches) through a vtable or itable, on a method declared in a supertype of
 * C; until then the slot stays 0 and the method is not requested. So a program that never calls
 * {@code sb.append(double)} does not carry {@code StringBuilder.append(D)} and the {@code Double.toString}
 * machinery it reaches, and a call of {@code list.reverse()} does not keep {@code StringBuilder.reverse()}.
 * <p>
 * Why the declaring class is enough: a call site resolves {@code m} in the receiver's static type T, so m's
 * owner is T or a supertype of it, and the receiver's class at run time is a subtype of T, hence of the
 * owner. Classes that are no subtype of any owner that dispatches the selector are never read at that slot.
 * <p>
 * A fixpoint over the lowering worklist: descriptors and dispatches appear in any order, so a slot waits
 * here until a matching dispatch is lowered; then it is filled and its method requested, and lowering that
 * method may dispatch more selectors or create more descriptors, which are matched in turn. The worklist
 * ends when no request is left, so every slot that reached code can read is filled.
 * <p>
 * Sound because every indirect call the compiler emits goes through {@link #dispatch} (virtual calls in
 * {@code ObjectLowerer}, interface calls in {@code InterfaceCalls}; the runtime never calls through a
 * descriptor itself), and implicit calls ({@code toString} in string concatenation and
 * {@code println(Object)}) are the shim's own virtual calls on Object, lowered the same way.
 * <p>
 * A pruned slot holds 0, as an abstract slot does: calling it would be a compiler bug, and it faults at
 * address 0 ({@code rip=0} in the crash report) — no code is linked into every program for a case that
 * must not happen, and the differential tests see such a crash as a wrong exit code.
 */
final class VirtualSlots {
    private final ModuleLowerer ml;
    /** Selector to the declaring classes of the methods dispatched with it. */
    private final Map<String, Set<ClassSym>> dispatched = new HashMap<>();
    /** Slots waiting for a matching dispatch, in the order they were seen (deterministic output). */
    private final Map<String, List<Slot>> waiting = new HashMap<>();
    /** Items that got a reloc after their creation: their relocs are sorted by offset at the end. */
    private final Set<DataItem> filledLate = new LinkedHashSet<>();

    /** Slot {@code offset} of {@code item}, read on receivers of class {@code cls}, runs {@code impl}. */
    private record Slot(DataItem item, int offset, ClassSym cls, MethodSym impl) { }

    VirtualSlots(ModuleLowerer ml) { this.ml = ml; }

    /** {@code toString()}, {@code equals(Ljava/lang/Object;)}: what a call site and an override agree on. */
    static String selector(MethodSym m) {
        StringBuilder s = new StringBuilder(m.name).append('(');
        for (JType p : m.params) s.append(p.descriptor());
        return s.append(')').toString();
    }

    /**
     * Slot {@code offset} of {@code item} (a descriptor or itables of receivers of class {@code cls}; for
     * String and arrays, Object) is {@code slotMethod}'s and runs {@code impl}: filled now or on a matching dispatch.
     */
    void slot(DataItem item, int offset, ClassSym cls, MethodSym slotMethod, MethodSym impl) {
        if (impl == null || impl.isAbstract) return;   // an abstract slot is never called: 0
        String sel = selector(slotMethod);
        Slot s = new Slot(item, offset, cls, impl);
        if (reads(dispatched.getOrDefault(sel, Set.of()), cls)) fill(s);
        else waiting.computeIfAbsent(sel, k -> new ArrayList<>()).add(s);
    }

    /** A call of {@code m} through a vtable or itable slot is being lowered. */
    void dispatch(MethodSym m) {
        String sel = selector(m);
        if (!dispatched.computeIfAbsent(sel, k -> new HashSet<>()).add(m.owner)) return;
        List<Slot> slots = waiting.get(sel);
        if (slots == null) return;
        for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
            Slot s = it.next();
            if (!s.cls().isSubtypeOf(m.owner)) continue;
            it.remove();
            fill(s);
            filledLate.add(s.item());
        }
    }

    /** After the worklist: slots filled late are sorted into offset order, so the IR text reads as laid out. */
    void finish() {
        for (DataItem d : filledLate) d.relocs().sort(Comparator.comparingInt(DataItem.Reloc::offset));
    }

    private static boolean reads(Set<ClassSym> owners, ClassSym cls) {
        for (ClassSym owner : owners) if (cls.isSubtypeOf(owner)) return true;
        return false;
    }

    private void fill(Slot s) {
        s.item().relocs().add(new DataItem.Reloc(s.offset(), ml.method(s.impl()), 0));
    }
}
