package ostooc.frontend.attr;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.tree.Pos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * javac's enum switch maps, for the class-initialization order they cause. javac compiles {@code switch (e)} on an
 * enum E to {@code switch ($SwitchMap$E[e.ordinal()])}, the array being a static field of one synthetic class per
 * top-level class (e.g. {@code T$1}) whose {@code <clinit>} calls {@code values()} of every enum that any switch in
 * that top-level class (nested classes included) switches on. So the first enum switch executed in T initializes all
 * those enums, before its selector is evaluated. Their order is the reverse of the order in which javac's Lower
 * first meets a switch on each (source order): Lower registers the maps in a LinkedHashMap and then prepends each
 * map's field and static block to the class ({@code Lower.EnumMapping.translate}). This registry collects, per top-level class,
 * the enums of its switches by source position (all user code is attributed before lowering), for
 * {@code Stmt.EnumSwitchInit}.
 */
public final class EnumSwitchMaps {
    private static final Comparator<Pos> SOURCE_ORDER = Comparator.comparingInt(Pos::line).thenComparingInt(Pos::column);
    private final Map<ClassSym, TreeMap<Pos, ClassSym>> byTopLevel = new HashMap<>();

    /** The outermost class around {@code c} (hoisted local and anonymous classes are members by now). */
    public static ClassSym topLevel(ClassSym c) {
        while (c.outer != null) c = c.outer;
        return c;
    }

    void record(ClassSym in, Pos at, ClassSym enumClass) {
        byTopLevel.computeIfAbsent(topLevel(in), k -> new TreeMap<>(SOURCE_ORDER)).put(at, enumClass);
    }

    /** The enums javac's switch-map class of {@code topLevel} initializes, in its order (the reverse of their first switches'). */
    public List<ClassSym> enums(ClassSym topLevel) {
        List<ClassSym> out = new ArrayList<>();
        for (ClassSym e : byTopLevel.getOrDefault(topLevel, new TreeMap<>(SOURCE_ORDER)).values()) if (!out.contains(e)) out.add(e);
        Collections.reverse(out);
        return out;
    }
}
