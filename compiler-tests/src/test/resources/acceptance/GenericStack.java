public class GenericStack<T> {
    private Object[] items = new Object[4];
    private int size;

    void push(T item) {
        if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
        items[size++] = item;
    }

    @SuppressWarnings("unchecked")
    T pop() { return (T) items[--size]; }

    boolean isEmpty() { return size == 0; }

    public static void main(String[] args) {
        GenericStack<String> s = new GenericStack<>();
        for (String w : new String[] { "a", "b", "c", "d", "e" }) s.push(w);
        StringBuilder b = new StringBuilder();
        while (!s.isEmpty()) b.append(s.pop());
        System.out.println(b);
    }
}
