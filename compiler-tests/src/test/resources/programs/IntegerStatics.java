public class IntegerStatics {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -8, 1000, 0x00F0_0000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : ints)
            System.out.println(v + ": " + Integer.signum(v) + " " + Integer.bitCount(v) + " " + Integer.reverse(v) + " " + Integer.reverseBytes(v)
                    + " " + Integer.highestOneBit(v) + " " + Integer.lowestOneBit(v) + " " + Integer.numberOfLeadingZeros(v) + " " + Integer.numberOfTrailingZeros(v)
                    + " " + Integer.rotateLeft(v, 5) + " " + Integer.rotateRight(v, 33) + " " + Integer.compare(v, 7) + " " + Integer.hashCode(v)
                    + " " + Math.abs(v) + " " + Math.floorDiv(v, 3) + " " + Math.floorMod(v, -3) + " " + Math.floorMod(v, 5));
        long[] longs = {0L, 1L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdefL, -1000000007L};
        for (long v : longs)
            System.out.println(v + ": " + Long.signum(v) + " " + Long.bitCount(v) + " " + Long.reverse(v) + " " + Long.reverseBytes(v)
                    + " " + Long.highestOneBit(v) + " " + Long.lowestOneBit(v) + " " + Long.numberOfLeadingZeros(v) + " " + Long.numberOfTrailingZeros(v)
                    + " " + Long.rotateLeft(v, 17) + " " + Long.compare(v, 0L) + " " + Long.hashCode(v) + " " + Math.abs(v)
                    + " " + Math.floorDiv(v, 7L) + " " + Math.floorMod(v, -7L) + " " + Math.floorMod(v, 10));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(-3, 4) + " " + Integer.min(-3, 4) + " " + Long.max(5L, 6L) + " " + Math.max(2, 9)
                + " " + Math.min(-2L, 9L) + " " + Math.max((byte) 3, (short) 5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println(Math.addExact(2, 3) + " " + Math.subtractExact(10L, 20L) + " " + Math.multiplyExact(-4, 5) + " " + Math.negateExact(9)
                + " " + Math.toIntExact(123L) + " " + Math.incrementExact(1) + " " + Math.decrementExact(0L) + " " + Math.floorDiv(-7L, 2));
    }
}
