/** A NaN constant expression is the canonical NaN (javac folds it into the class file), a computed one the x86 division's. */
public class ConstantNaN { static final double X = 0.0d / 0.0;
  public static void main(String[] a) { double y = 0.0; System.out.println(Double.doubleToRawLongBits(X) + " " + Double.doubleToRawLongBits(Double.NaN) + " " + Double.doubleToRawLongBits(y / y) + " " + Float.floatToRawIntBits(Float.NaN)); } }
