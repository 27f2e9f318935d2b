/** A singly linked list of ints, written by hand: add, insert, remove, reverse, print, sum. */
public class LinkedListDemo {
    public static void main(String[] args) {
        IntList list = new IntList();
        for (int i = 1; i <= 10; i++) {
            list.add(i * i);
        }
        System.out.println("squares:      " + list);
        System.out.println("size " + list.size() + ", sum " + list.sum());

        list.insert(0, -1);
        list.insert(5, 1000);
        list.insert(list.size(), 7);
        System.out.println("inserted:     " + list);

        System.out.println("removed at 0: " + list.removeAt(0));
        System.out.println("removed 49:   " + list.removeValue(49));
        System.out.println("removed 50:   " + list.removeValue(50));
        System.out.println("now:          " + list);

        list.reverse();
        System.out.println("reversed:     " + list);
        System.out.println("index of 1000 = " + list.indexOf(1000) + ", of 2 = " + list.indexOf(2));
        System.out.println("get(3) = " + list.get(3) + ", max = " + list.max());

        IntList evens = new IntList();
        for (Node n = list.first(); n != null; n = n.next) {
            if (n.value % 2 == 0) evens.add(n.value);
        }
        System.out.println("evens:        " + evens + " (sum " + evens.sum() + ")");

        while (!evens.isEmpty()) {
            evens.removeAt(evens.size() - 1);
        }
        System.out.println("emptied:      " + evens + " size " + evens.size());
        list.print();
    }
}

class Node {
    int value;
    Node next;

    Node(int value, Node next) {
        this.value = value;
        this.next = next;
    }
}

class IntList {
    private Node head;
    private Node tail;
    private int size;

    void add(int value) {
        Node n = new Node(value, null);
        if (head == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        size++;
    }

    /** Inserts before position {@code index} (0 ≤ index ≤ size). */
    void insert(int index, int value) {
        if (index < 0 || index > size) {
            System.out.println("bad index " + index);
            return;
        }
        if (index == size) {
            add(value);
            return;
        }
        if (index == 0) {
            head = new Node(value, head);
        } else {
            Node prev = nodeAt(index - 1);
            prev.next = new Node(value, prev.next);
        }
        size++;
    }

    int removeAt(int index) {
        Node removed;
        if (index == 0) {
            removed = head;
            head = head.next;
            if (head == null) tail = null;
        } else {
            Node prev = nodeAt(index - 1);
            removed = prev.next;
            prev.next = removed.next;
            if (removed == tail) tail = prev;
        }
        size--;
        return removed.value;
    }

    boolean removeValue(int value) {
        int i = indexOf(value);
        if (i < 0) return false;
        removeAt(i);
        return true;
    }

    int indexOf(int value) {
        int i = 0;
        for (Node n = head; n != null; n = n.next, i++) {
            if (n.value == value) return i;
        }
        return -1;
    }

    int get(int index) { return nodeAt(index).value; }

    private Node nodeAt(int index) {
        Node n = head;
        for (int i = 0; i < index; i++) n = n.next;
        return n;
    }

    void reverse() {
        Node prev = null;
        Node cur = head;
        tail = head;
        while (cur != null) {
            Node next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
    }

    long sum() {
        long s = 0;
        for (Node n = head; n != null; n = n.next) s += n.value;
        return s;
    }

    int max() {
        int m = Integer.MIN_VALUE;
        for (Node n = head; n != null; n = n.next) m = Math.max(m, n.value);
        return m;
    }

    int size() { return size; }

    boolean isEmpty() { return head == null; }

    Node first() { return head; }

    void print() {
        for (Node n = head; n != null; n = n.next) {
            System.out.print(n.value);
            System.out.print(n.next != null ? " -> " : "\n");
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node n = head; n != null; n = n.next) {
            sb.append(n.value);
            if (n.next != null) sb.append(", ");
        }
        return sb.append(']').toString();
    }
}
