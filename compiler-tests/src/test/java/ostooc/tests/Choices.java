package ostooc.tests;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * One generated operation of a random program: a few non-negative ints, each taken modulo whatever it
 * chooses from (an operation kind, an array, an index…). jqwik shrinks them towards 0, i.e. towards the
 * first choice of every kind, so failing programs shrink to simple ones.
 */
record Choices(List<Integer> n) {
    int at(int i) { return n.get(i % n.size()); }

    /** Lists of 1..{@code maxOps} operations of six choices each. */
    static Arbitrary<List<Choices>> lists(int maxOps) {
        Arbitrary<Choices> op = Arbitraries.integers().between(0, 1000).list().ofSize(6).map(Choices::new);
        return op.list().ofMinSize(1).ofMaxSize(maxOps);
    }
}
