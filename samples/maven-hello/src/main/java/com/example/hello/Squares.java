package com.example.hello;

final class Squares {
    private Squares() { }

    static int[] first(int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) s[i] = (i + 1) * (i + 1);
        return s;
    }

    static long sum(int[] values) {
        long total = 0;
        for (int v : values) total += v;
        return total;
    }
}
