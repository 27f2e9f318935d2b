/** Issue 10: arrays of interfaces are subtypes by their components, interfaces by their superinterfaces (instanceof, casts, stores). */
public class ArrayOfInterfaces {
    public static void main(String[] args) {
        I3[][] s = new I3[1][];
        Object o = s;
        System.out.println((o instanceof I0[][]) + " " + (o instanceof I1[][]) + " " + (o instanceof I2[][]));
        I2[] t = new I3[2];
        System.out.println((t instanceof I1[]) + " " + (t instanceof I0[]) + " " + ((Object) t instanceof C0[]));
        I0[] back = (I0[]) t;
        I0[] store = new I1[1];
        store[0] = new C1();
        System.out.println(back.length + " " + store[0].mI0());
        store[0] = new C0();   // ArrayStoreException: C0 is no I1
    }
}
interface I0 { default int mI0() { return 1; } }
interface I1 extends I0 { default int mI1() { return 2; } }
interface I2 { default int mI2() { return 4; } }
interface I3 extends I1, I2 { default int mI3() { return 5; } }
class C0 implements I0 { }
class C1 implements I3 { }
