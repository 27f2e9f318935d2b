/** String.split(delimiter, limit) for limits below, at and above the number of pieces, the empty delimiter included. */
public class SplitLimit {
    public static void main(String[] args) {
        String[] ins = { "a,b,,c,,", ",a,b", "abc", "", ",,", "a" };
        int[] limits = { -1, 0, 1, 2, 3, 10 };
        for (String s : ins) for (int l : limits) {
            System.out.println(s + " " + l + " " + java.util.Arrays.toString(s.split(",", l)) + " " + java.util.Arrays.toString(s.split("", l)) + " " + java.util.Arrays.toString(s.split(",,", l)));
        }
    }
}
