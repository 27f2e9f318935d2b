public class ArrayStore {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }

    public static void main(String[] args) {
        Animal[] pets = new Dog[2];
        pets[0] = new Dog();
        pets[1] = null;
        System.out.println(pets[0] instanceof Dog);
        Object[] words = new String[1];
        words[0] = "fine";
        System.out.println(words[0]);
        pets[1] = new Cat();   // java.lang.ArrayStoreException: ArrayStore$Cat
        System.out.println("unreachable");
    }
}
