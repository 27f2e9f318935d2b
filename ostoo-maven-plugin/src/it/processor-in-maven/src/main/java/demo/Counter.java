package demo;

public class Counter {
    private int count;

    public void add(int n) {
        Integer boxed = n;
        count += boxed;
    }

    public int total() { return count; }
}
