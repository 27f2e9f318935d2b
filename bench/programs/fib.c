/* Twin of Fib.java. */
#include <stdint.h>
#include <stdio.h>

static int32_t fib(int32_t n) {
    if (n < 2) {
        return n;
    }
    return (int32_t)((uint32_t)fib(n - 1) + (uint32_t)fib(n - 2));
}

int main(void) {
    int32_t n = 41;
    int32_t r = fib(n);
    printf("fib(%d) = %d\n", n, r);
    return 0;
}
