package ostoo.shim;

/** Heap sort of primitive arrays for {@link Arrays#sort}: in place, O(n log n), no recursion, no allocation. */
final class HeapSort {
    private HeapSort() { }

    static void sort(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}. */
    private static void siftDown(int[] a, int i, int n) {
        int v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[child] <= v) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(long[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            long top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}. */
    private static void siftDown(long[] a, int i, int n) {
        long v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[child] <= v) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(short[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            short top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}. */
    private static void siftDown(short[] a, int i, int n) {
        short v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[child] <= v) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(byte[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            byte top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}. */
    private static void siftDown(byte[] a, int i, int n) {
        byte v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[child] <= v) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(char[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            char top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}. */
    private static void siftDown(char[] a, int i, int n) {
        char v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[child + 1] > a[child]) child++;
            if (a[child] <= v) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(double[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            double top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}, ordered by {@code Doubles.compare} (-0.0 < 0.0 < NaN). */
    private static void siftDown(double[] a, int i, int n) {
        double v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && Doubles.compare(a[child + 1], a[child]) > 0) child++;
            if (Doubles.compare(a[child], v) <= 0) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    static void sort(float[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            float top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    /** Restores the max-heap below {@code i} in {@code a[0, n)}, ordered by {@code Floats.compare} (-0.0 < 0.0 < NaN). */
    private static void siftDown(float[] a, int i, int n) {
        float v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && Floats.compare(a[child + 1], a[child]) > 0) child++;
            if (Floats.compare(a[child], v) <= 0) break;
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }
}
