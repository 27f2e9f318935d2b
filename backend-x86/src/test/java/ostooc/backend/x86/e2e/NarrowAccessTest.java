package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * isel/NarrowStores: a byte or char store writes its value's low bits without the sign/zero extension
 * that fed it, and a conversion with another use is still computed for that use. isel/ByteMasks: a signed
 * byte/short load masked back to its width is one zero-extending load. Shapes checked on the disassembly,
 * values by running the code.
 */
class NarrowAccessTest {
    // f(p, x): [p] = (byte) x; [p+2] = (char) x; returns the byte re-read, sign-extended, plus the char re-read.
    private static final String F = """
            data @cell bss align 8 size 8
            func @f(i64, i32) i32 {
            b0:
              %0:i64 = param 0
              %1:i32 = param 1
              %2:i32 = sx8 %1
              store.s8 %0, 0, %2
              %3:i32 = zx16 %1
              store.u16 %0, 2, %3
              %4:i32 = load.s8 %0, 0
              %5:i32 = load.u16 %0, 2
              %6:i32 = add %4, %5
              ret %6
            }
            """;

    @Test
    void conversionsFeedingOnlyNarrowStoresAreNotComputed() {
        String s = CodeShapeTest.dump(F + MAIN.formatted(0x12345), "f");
        String stores = s.substring(0, s.indexOf("movsx eax,BYTE PTR"));   // the code before the re-reads
        assertFalse(stores.contains("movsx") || stores.contains("movzx"), s);
        assertTrue(s.contains("mov BYTE PTR [rdi],sil"), s);
        assertTrue(s.contains("mov WORD PTR [rdi+0x2],si"), s);
    }

    @Test
    void storedBitsAreTheConversionsLowBits() {
        // 0x1F0FF: (byte) = -1, (char) = 0xF0FF; -1 + 0xF0FF = 0xF0FE, exit code its low 8 bits.
        assertEquals(0xFE, NativeRunner.run(F + MAIN.formatted(0x1F0FF)).exitCode());
        // 0x17F: (byte) = 127, (char) = 0x17F; 127 + 383 = 510 -> 0xFE as well; 0x80: -128 + 128 = 0.
        assertEquals(510 & 0xFF, NativeRunner.run(F + MAIN.formatted(0x17F)).exitCode());
        assertEquals(0, NativeRunner.run(F + MAIN.formatted(0x80)).exitCode());
    }

    @Test
    void aConversionWithAnotherUseIsStillComputed() {
        String ir = """
                data @cell bss align 8 size 8
                func @g(i64, i32) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i32 = param 1
                  %2:i32 = sx8 %1
                  store.s8 %0, 0, %2
                  ret %2
                }
                func @main() i32 {
                b0:
                  %0:i64 = symaddr @cell
                  %1:i32 = iconst 383
                  %2:i32 = call @g(%0, %1)
                  %3:i32 = iconst 100
                  %4:i32 = add %2, %3
                  ret %4
                }
                """;
        assertTrue(CodeShapeTest.dump(ir, "g").contains("movsx"));
        assertEquals(127 + 100, NativeRunner.run(ir).exitCode(), "(byte) 383 = 127");
    }

    private static final String MAIN = """
            func @main() i32 {
            b0:
              %%0:i64 = symaddr @cell
              %%1:i32 = iconst %d
              %%2:i32 = call @f(%%0, %%1)
              ret %%2
            }
            """;

    // h(p): b = load.s8 [p]; returns (b & 0xFF) + zx8(b) [+ b itself when `signedUse`]
    private static String masked(boolean signedUse) {
        return """
                data @cell rodata align 8 x"8081000000000000"
                func @h(i64) i32 {
                b0:
                  %0:i64 = param 0
                  %1:i32 = load.s8 %0, 0
                  %2:i32 = iconst 255
                  %3:i32 = and %1, %2
                  %4:i32 = zx8 %1
                  %5:i32 = add %3, %4
                """ + (signedUse ? "  %6:i32 = add %5, %1\n  ret %6\n" : "  ret %5\n") + """
                }
                func @main() i32 {
                b0:
                  %0:i64 = symaddr @cell
                  %1:i32 = call @h(%0)
                  ret %1
                }
                """;
    }

    @Test
    void aMaskedSignedByteLoadIsOneZeroExtendingLoad() {
        String s = CodeShapeTest.dump(masked(false), "h");
        assertTrue(s.contains("movzx eax,BYTE PTR [rdi]") || s.contains("movzx ecx,BYTE PTR [rdi]"), s);
        assertFalse(s.contains("movsx") || s.contains("0xff"), s);
        assertEquals((0x80 + 0x80) & 0xFF, NativeRunner.run(masked(false)).exitCode(), "128 + 128");
    }

    @Test
    void aSignedByteLoadWithAnUnmaskedUseStaysSigned() {
        assertTrue(CodeShapeTest.dump(masked(true), "h").contains("movsx"));
        assertEquals((0x80 + 0x80 - 128) & 0xFF, NativeRunner.run(masked(true)).exitCode(), "128 + 128 + (-128)");
    }
}
