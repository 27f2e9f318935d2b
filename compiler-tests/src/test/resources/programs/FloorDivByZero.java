public class FloorDivByZero {
    public static void main(String[] args) {
        System.out.println(Math.floorMod(7, 3));
        System.out.println(Math.floorDiv(7, args.length));
    }
}
