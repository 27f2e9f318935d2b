/**
 * Null checks the optimizer may drop (fresh objects and arrays, literals, values already checked, helper
 * parameters every caller passes non-null, factories that always allocate) next to ones it must keep
 * (a helper that also gets null, a factory that may return null, a loop variable that becomes null).
 */
public class NullChecksFolded {
    static final class Node {
        int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    private static int lengthOf(int[] a) { return a.length; }                  // every caller passes a fresh array
    private static int sizeOrMinus(int[] a) { return a == null ? -1 : a.length; } // also called with null
    private static Node make(int v) { return new Node(v, null); }
    private static Node makeOrNull(int v) { return v % 3 == 0 ? null : new Node(v, null); }
    private static String describe(Node n) { return n == null ? "null" : "node " + n.value; }

    public static void main(String[] args) {
        int[] fresh = new int[5];
        System.out.println(fresh.length + " " + lengthOf(new int[7]) + " " + lengthOf(fresh));
        System.out.println(sizeOrMinus(fresh) + " " + sizeOrMinus(null) + " " + sizeOrMinus(args.length > 5 ? fresh : null));
        System.out.println("literal".length() + " " + "abc".charAt(1));
        Node n = make(4);
        n.value += 1;
        System.out.println(n.value + " " + make(9).value);
        for (int i = 0; i < 5; i++) System.out.println(describe(makeOrNull(i)));
        Node list = null;
        for (int i = 0; i < 4; i++) list = new Node(i, list);
        int sum = 0;
        for (Node p = list; p != null; p = p.next) sum += p.value;
        System.out.println("sum " + sum);
        Node maybe = args.length == 0 ? null : list;
        System.out.println(maybe == null ? "maybe null" : "maybe " + maybe.value);
        Node p = list;
        int steps = 0;
        while (steps < 10) {              // p is non-null at first, then null: the check must stay
            steps++;
            p = p.next;
            System.out.println("step " + steps + " " + (p == null ? "null" : String.valueOf(p.value)));
            if (p == null) break;
        }
        int[][] grid = new int[3][];
        grid[1] = new int[2];
        System.out.println(sizeOrMinus(grid[0]) + " " + sizeOrMinus(grid[1]));
    }
}
