/** A reference that is non-null on the first rounds of a loop and null later: its field read must panic with NullPointerException. */
public class NullFromLoopPhi {
    static final class Cell {
        final int value;
        final Cell next;
        Cell(int value, Cell next) { this.value = value; this.next = next; }
    }

    private static int read(Cell c) { return c.value; }

    public static void main(String[] args) {
        Cell c = new Cell(1, new Cell(2, null));
        System.out.println(read(new Cell(7, null)));
        int total = 0;
        for (int i = 0; i < 5; i++) {
            total += read(c);
            System.out.println("total " + total);
            c = c.next;
        }
        System.out.println("not reached " + total);
    }
}
