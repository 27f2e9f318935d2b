/** Assigning a field of a null reference (after compound assignments on a live one) panics with NullPointerException. */
public class NullFieldWrite {
    static class Cell { int value; Cell next; }

    public static void main(String[] args) {
        Cell head = new Cell();
        head.next = new Cell();
        head.next.value += 5;
        head.next.value++;
        System.out.println(head.next.value + " " + (head.next.next == null));
        Cell missing = head.next.next;
        missing.value = 1;
        System.out.println("not reached");
    }
}
