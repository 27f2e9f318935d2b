package ostoo.shim;

/**
 * {@code Arrays.binarySearch} on sorted primitive arrays: the JDK's loop (so with duplicate keys the same
 * index is returned), {@code -(insertion point) - 1} when absent. Floating-point keys compare as
 * {@code Double.compare} does.
 */
final class BinarySearch {
    private BinarySearch() { }

    static int search(int[] a, int key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    static int search(long[] a, long key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    static int search(short[] a, short key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    static int search(byte[] a, byte key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    static int search(char[] a, char key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    static int search(double[] a, double key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else {   // equal or unordered: by the bits, as Double.compare (-0.0 < 0.0, NaN last)
                long midBits = Doubles.doubleToLongBits(midVal), keyBits = Doubles.doubleToLongBits(key);
                if (midBits == keyBits) return mid;
                if (midBits < keyBits) low = mid + 1;
                else high = mid - 1;
            }
        }
        return -(low + 1);
    }

    static int search(float[] a, float key) {
        int low = 0, high = a.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key) low = mid + 1;
            else if (midVal > key) high = mid - 1;
            else {   // equal or unordered: by the bits, as Double.compare (-0.0 < 0.0, NaN last)
                int midBits = Floats.floatToIntBits(midVal), keyBits = Floats.floatToIntBits(key);
                if (midBits == keyBits) return mid;
                if (midBits < keyBits) low = mid + 1;
                else high = mid - 1;
            }
        }
        return -(low + 1);
    }
}
