/**
 * A call chain split over lines whose last call returns null, then a field read: the JVM names the line
 * of that call's '(' (javac marks each invocation's line after its arguments, and nothing at a field
 * access), not the line of the '.' of the field.
 */
public class PanicLineCallChain {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
        Node next() { return next; }
        int value() { return value; }
        Node add(int v) { return new Node(value + v, next); }
    }

    public static void main(String[] args) {
        Node list = new Node(1, new Node(2, new Node(3, null)));
        int total = 0;
        for (Node n = list; n != null; n = n.next()) total += n.value();
        System.out.println("total " + total);
        int v = list
                .add(10)
                .next()
                .next()
                .add(
                    total)
                .next()
                .value;
        System.out.println("not reached " + v);
    }
}
