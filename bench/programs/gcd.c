/* Twin of Gcd.java. */
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static int64_t total;

static int32_t gcd(int32_t a, int32_t b) {
    while (b != 0) {
        int32_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int32_t n = 4000;
    int32_t coprime = 0;
    for (int32_t i = 1; i <= n; i++) {
        for (int32_t j = 1; j <= n; j++) {
            int32_t g = gcd(i, j);
            total += g;
            if (g == 1) {
                coprime++;
            }
        }
    }
    printf("sum of gcd(i, j) for 1 <= i, j <= %d: %" PRId64 "\n", n, total);
    printf("coprime pairs: %d\n", coprime);
    return 0;
}
