/** Records with float and double components: equals uses Double.compare semantics (NaN equals NaN, 0.0 != -0.0). */
public class RecordsWithDoubles {
    record P(double x, float y) { }
    record Named(String name, P p, long id) { }

    public static void main(String[] args) {
        P a = new P(1.5, 2.25f), b = new P(1.5, 2.25f), n1 = new P(Double.NaN, 0f), n2 = new P(Double.NaN, 0f);
        P z1 = new P(0.0, 0f), z2 = new P(-0.0, 0f);
        System.out.println(a + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode());
        System.out.println(n1.equals(n2) + " " + z1.equals(z2) + " " + n1.hashCode() + " " + z2.hashCode());
        Named m = new Named("pt", a, 7L);
        System.out.println(m + " " + m.hashCode() + " " + m.p().y());
    }
}
