import java.util.Arrays;

public class CopyOfRangeOutOfBounds {
    public static void main(String[] args) {
        double[] d = {1, 2, 3};
        System.out.println(Arrays.toString(Arrays.copyOfRange(d, 3, 5)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(d, 4, 5)));
        System.out.println("not reached");
    }
}
