/* Twin of Collatz.java. */
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

int main(void) {
    int32_t limit = 1000000;
    int32_t best = 0;
    int32_t bestLen = 0;
    int64_t totalSteps = 0;
    int64_t peak = 0;
    for (int32_t i = 1; i < limit; i++) {
        int64_t n = i;
        int32_t len = 1;
        while (n != 1) {
            if (n % 2 == 0) {
                n = n / 2;
            } else {
                n = (int64_t)(3u * (uint64_t)n + 1u);
                if (n > peak) {
                    peak = n;
                }
            }
            len++;
        }
        totalSteps += len;
        if (len > bestLen) {
            bestLen = len;
            best = i;
        }
    }
    printf("longest chain below %d: %d (%d terms)\n", limit, best, bestLen);
    printf("total terms: %" PRId64 ", peak value: %" PRId64 "\n", totalSteps, peak);
    return 0;
}
