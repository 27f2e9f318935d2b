package ostooc.backend.x86.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void returnsConstant() {
        assertEquals(42, NativeRunner.run("""
                func @main() i32 {
                b0:
                  %0:i32 = iconst 42
                  ret %0
                }
                """).exitCode());
    }

    @Test
    void addsParams() {
        assertEquals(30, NativeRunner.run("""
                func @add(i32, i32) i32 {
                b0:
                  %0:i32 = param 0
                  %1:i32 = param 1
                  %2:i32 = add %0, %1
                  ret %2
                }
                func @main() i32 {
                b0:
                  %0:i32 = iconst 10
                  %1:i32 = iconst 20
                  %2:i32 = call @add(%0, %1)
                  ret %2
                }
                """).exitCode());
    }
}
