/** The loop guard allows i == a.length: the bounds check must stay and panic on the last round. */
public class BoundsCheckLessEqual {
    public static void main(String[] args) {
        int[] a = {5, 6, 7};
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
            System.out.println("s " + s);
        }
        System.out.println("not reached");
    }
}
