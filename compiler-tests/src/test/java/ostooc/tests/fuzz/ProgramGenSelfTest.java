package ostooc.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The generator itself: deterministic per seed; its programs are valid Java that terminates on the JVM
 * (exit 0 unless it has hazards); and over a few hundred seeds it produces every construct the issue asks
 * for (classes, fields, static/instance/virtual/interface methods, loops with break/continue, switches,
 * arrays of every type, every operator and conversion, strings, objects) — so a change that stops it
 * producing one fails here rather than silently shrinking what the fuzzer covers.
 */
class ProgramGenSelfTest {
    private static final String[] NUMERIC = {"byte", "short", "char", "int", "long", "float", "double"};

    @Test
    void sameSeedSameProgram() {
        for (long seed = 1; seed <= 20; seed++)
            assertEquals(new ProgramGen("P", seed).render(true), new ProgramGen("P", seed).render(true), "seed " + seed);
    }

    @Test
    void programsAreValidJavaThatTerminates() {
        for (long seed = 1; seed <= 40; seed++) {
            String cls = FuzzCampaign.name(seed), source = FuzzCampaign.standalone(seed);
            FuzzCheck.Oracle o = FuzzCheck.oracle(cls, source);
            assertNotNull(o.run(), "seed " + seed + ": javac rejects it:\n" + o.javacErrors());
            assertTrue(o.run().exitCode() >= 0, "seed " + seed + ": it does not terminate");
            if (!new ProgramGen(cls, seed).hazards) assertEquals(0, o.run().exitCode(), "seed " + seed + ": an exception without hazards:\n" + o.run().stderr());
            if (o.run().exitCode() == 0) assertTrue(o.run().stdout().contains(cls + " done "), "seed " + seed + ": main did not finish");
        }
    }

    @Test
    void coversTheConstructsItPromises() {
        Set<String> seen = new TreeSet<>();
        for (long seed = 1; seed <= 400; seed++) {
            ProgramGen g = new ProgramGen(FuzzCampaign.name(seed), seed);
            g.render(true);
            seen.addAll(g.features);
        }
        List<String> want = new ArrayList<>(List.of(
                "interface", "default method", "abstract class", "abstract method", "subclass", "override", "override of an override",
                "interface implemented by an unrelated class", "enum", "values()", "valueOf", "instance field", "field of another object",
                "static method", "instance method", "recursion", "static call", "instance call", "virtual call", "interface call",
                "super call", "I.super.m()", "new", "new D",
                "if", "if-else", "for", "while", "do-while", "enhanced for", "for over a.length", "labelled loop", "break", "continue",
                "labelled break", "labelled continue", "early return", "fall-through", "case L1, L2 ->", "default", "block",
                "switch on int (arrow)", "switch on int (colon)", "switch on char (arrow)", "switch on String (arrow)", "switch on E (colon)",
                "switch expression on int (arrow)", "switch expression on int (yield)",
                "instanceof", "instanceof + cast", "instanceof pattern", "reference ==", "enum ==",
                "array element load", "array element store", "array reassigned", "clone", "System.arraycopy", "Arrays.hashCode",
                "compound assignment to array element", "assignment as expression", "shift", "MIN / -1", "division by a constant",
                "String methods", "String int methods", "String boolean methods", "String.charAt", "substring", "StringBuilder",
                "StringBuilder expression", "compound assignment String", "numeric + before String", "Character methods",
                "Math/Integer methods", "Math/Long methods", "boolean literal",
                "division by a value that may be 0 (hazard)", "out-of-bounds index (hazard)", "unguarded cast (hazard)"));
        for (String t : new String[] {"boolean", "byte", "short", "char", "int", "long", "float", "double", "String"}) {
            want.add("local " + t);
            want.add("static field " + t);
            want.add("parameter " + t);
            want.add("result " + t);
            if (!t.equals("String")) want.add("new " + t + "[] [n]");
        }
        for (String from : NUMERIC) for (String to : NUMERIC) if (!from.equals(to)) want.add("cast " + from + " to " + to);
        for (String t : new String[] {"int", "long"}) {
            want.add("division / " + t);
            want.add("division % " + t);
        }
        want.add("floating arithmetic float");   // + - * / % of float and double
        want.add("floating arithmetic double");
        for (String t : new String[] {"byte", "short", "char"}) want.add("compound assignment " + t + " (implicit narrowing)");
        List<String> missing = want.stream().filter(w -> !seen.contains(w)).toList();
        assertTrue(missing.isEmpty(), "never generated in 400 programs: " + missing + "\ngenerated: " + seen);
    }
}
