/* Twin of Primes.java. */
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static int isPrime(int32_t n) {
    if (n < 2) {
        return 0;
    }
    if (n % 2 == 0) {
        return n == 2;
    }
    for (int32_t d = 3; d <= n / d; d += 2) {
        if (n % d == 0) {
            return 0;
        }
    }
    return 1;
}

int main(void) {
    int32_t limit = 2000000;
    int32_t count = 0;
    int64_t sum = 0;
    int32_t last = 0;
    for (int32_t n = 0; n < limit; n++) {
        if (isPrime(n)) {
            count++;
            sum += n;
            last = n;
        }
    }
    printf("primes below %d: %d\n", limit, count);
    printf("sum: %" PRId64 ", largest: %d\n", sum, last);
    return 0;
}
