public class BankAccount {
    private final String owner;
    private long cents;

    BankAccount(String owner) { this.owner = owner; }

    void deposit(long amount) {
        if (amount <= 0) throw new IllegalArgumentException("amount must be positive");
        cents += amount;
    }

    public static void main(String[] args) {
        BankAccount a = new BankAccount("Ada");
        a.deposit(1250);
        System.out.println(a.owner + ": " + a.cents / 100 + "." + a.cents % 100);
        try {
            a.deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
