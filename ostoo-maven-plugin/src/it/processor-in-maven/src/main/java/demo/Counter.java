package demo;

public class Counter {
    private int count;

    public void add(int n) {
        java.util.Scanner in = null;
        count += n;
    }

    public int total() { return count; }
}
