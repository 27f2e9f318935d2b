/**
 * Classes end to end: field initializers and instance blocks interleaved with this(...)/super(...) (a superclass
 * constructor calling an overridden method sees the subclass fields still at their defaults), field hiding,
 * super.m() chains, a final class and final method, overridden equals/hashCode/toString, interface constants,
 * default/private/static interface methods, instanceof patterns with && and negation, null checks.
 */
public class ClassesTour {
    static abstract class Animal {
        private static int created;
        protected final String name;
        int legs = 4;
        String sound = "...";
        { created++; log("Animal init block, legs=" + legs); }
        Animal(String name) { this.name = name; log("Animal(" + name + ") describe=" + describe()); }
        Animal() { this("anon"); log("Animal()"); }
        abstract String speak();
        String describe() { return name + " says " + speak() + " on " + legs + " legs"; }
        static void log(String s) { System.out.println(s); }
        public String toString() { return "Animal:" + name; }
        public boolean equals(Object o) { return o instanceof Animal a && a.name.equals(name); }
        public int hashCode() { return name.hashCode(); }
    }
    static class Dog extends Animal {
        String sound = "woof";
        int tricks = initTricks();
        { log("Dog init block, tricks=" + tricks); }
        Dog(String n) { super(n); log("Dog(" + n + ")"); }
        Dog() { super(); }
        int initTricks() { log("initTricks, sound=" + sound); return 3; }
        String speak() { return sound; }
        String describe() { return "dog " + super.describe(); }
    }
    static class Puppy extends Dog {
        Puppy() { this("pup"); }
        Puppy(String n) { super(n + "py"); legs = 3; }
        String speak() { return "yip(" + super.speak() + ")"; }
        public String toString() { return "Puppy/" + super.toString(); }
    }
    static final class Bird extends Animal {
        Bird() { super("tweety"); legs = 2; }
        String speak() { return "tweet"; }
        final String fly() { return name + " flies"; }
    }
    interface Greeter {
        String PREFIX = "Hello, ";
        String name();
        default String greet() { return PREFIX + name() + suffix(); }
        private String suffix() { return "!"; }
        static Greeter of(String n) { return new Greeter() { public String name() { return n; } }; }
    }
    public static void main(String[] args) {
        Animal d = new Dog("rex");
        System.out.println(d.describe());
        Animal p = new Puppy();
        System.out.println(p.describe() + " | " + p);
        Animal b = new Bird();
        System.out.println(b.describe() + " " + ((Bird) b).fly());
        System.out.println(new Dog().describe());
        System.out.println(Animal.created);
        System.out.println(d.equals(new Dog("rex")) + " " + d.equals(p) + " " + (d == new Dog("rex")) + " " + (d.hashCode() == "rex".hashCode()));
        System.out.println(((Dog) d).sound + " " + d.sound);
        Animal n = null;
        System.out.println(n == null);
        System.out.println(n instanceof Animal);
        System.out.println(Greeter.of("Ann").greet());
        Object o = p;
        if (o instanceof Dog dd && dd.tricks == 3) System.out.println("dog with " + dd.tricks);
        if (!(o instanceof Bird bb)) System.out.println("not a bird");
        else System.out.println(bb.fly());
        Object[] zoo = {d, p, b, "str", null, new int[] {1}};
        int dogs = 0;
        for (Object z : zoo) if (z instanceof Dog) dogs++;
        System.out.println(dogs);
    }
}
