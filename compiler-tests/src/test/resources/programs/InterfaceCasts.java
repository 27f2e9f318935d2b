public class InterfaceCasts {
    interface Animal { String sound(); }
    interface Pet extends Animal { default String owner() { return "someone"; } }
    interface Swimmer { int speed(); }
    static class Dog implements Pet {
        public String sound() { return "woof"; }
        public String owner() { return "alice"; }
    }
    static class Fish implements Animal, Swimmer {
        public String sound() { return "blub"; }
        public int speed() { return 7; }
    }
    static class Robot { }
    static final class Rock { }

    static String what(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof Animal a) sb.append("animal:").append(a.sound()).append(' ');
        if (o instanceof Pet p) sb.append("pet:").append(p.owner()).append(' ');
        if (o instanceof Swimmer s) sb.append("swims:").append(s.speed()).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        Object[] things = { new Dog(), new Fish(), new Robot(), "text", new Animal[0] };
        for (Object o : things) System.out.println("[" + what(o) + "]");
        Animal a = new Fish();
        Swimmer s = (Swimmer) a;
        System.out.println(s.speed() + " " + ((Animal) s).sound());
        Animal[] zoo = new Animal[3];
        zoo[0] = new Dog();
        zoo[1] = (Animal) (Object) new Fish();
        Object[] asObjects = zoo;
        System.out.println(asObjects.length + " " + (asObjects instanceof Animal[]) + " " + (asObjects instanceof Pet[]));
        Robot r = new Robot();
        Animal maybe = null;
        System.out.println((Animal) (Object) null == null);
        Pet pet = (Pet) zoo[0];
        System.out.println(pet.owner());
        System.out.println("casting a fish to Pet");
        Pet bad = (Pet) zoo[1];
        System.out.println("not reached " + bad.owner());
    }
}
