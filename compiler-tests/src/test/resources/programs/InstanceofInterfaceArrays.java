/** Issue 10, bug 4: `baseArray instanceof IObject[]` with BaseClass not final and IObject an interface is legal (JLS 5.5.1). */
public class InstanceofInterfaceArrays {
    public static void main(String[] args) {
        BaseClass[] baseArray = new BaseClass[2];
        BaseClass[] subArray = new Sub[2];
        System.out.println(baseArray instanceof IObject[]);
        System.out.println(subArray instanceof IObject[]);
        IObject[] back = (IObject[]) subArray;
        System.out.println(back.length);
        BaseClass[][] nested = new Sub[1][1];
        System.out.println(nested instanceof IObject[][]);
        IObject[] bad = (IObject[]) baseArray;
        System.out.println(bad.length);
    }
}
interface IObject { int id(); }
class BaseClass { int base() { return 1; } }
class Sub extends BaseClass implements IObject { public int id() { return 7; } }
