public class EnumValueOfMissing {
    enum Suit { CLUBS, HEARTS }

    public static void main(String[] args) {
        System.out.println(Suit.valueOf("HEARTS"));
        System.out.println(Suit.valueOf("SPADES"));
        System.out.println("not reached");
    }
}
