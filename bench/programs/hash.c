/* Twin of Hash.java: uint32_t/uint64_t give Java's wrap-around; >> on int32_t is arithmetic in gcc. */
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static int32_t rounds = 30000000;
static int64_t acc = 0x243F6A8885A308D3LL;

static uint32_t mix(uint32_t h, uint32_t x) {
    switch (x & 7) {
        case 0:
            h = (h ^ x) * 16777619u;
            break;
        case 1:
            h += x >> 3;
            /* fall through */
        case 2:
            h = (h << 7) | (h >> 25);
            break;
        case 3:
            h ^= (uint32_t)((int32_t)x >> 11);
            break;
        case 4:
            h = h * 31u + (x & 0xFFFFu);
            break;
        case 5:
            h -= x << 2;
            /* fall through */
        case 6:
            h ^= h >> 15;
            break;
        default:
            h = ~h + (x >> 16);
    }
    return h;
}

int main(void) {
    uint32_t x = 123456789u;
    uint32_t h = 0x811C9DC5u;
    for (int32_t i = 0; i < rounds; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        h = mix(h, x);
        /* Java: (acc ^ h) sign-extends the int h to long. */
        uint64_t a = ((uint64_t)acc ^ (uint64_t)(int64_t)(int32_t)h) * 0x9E3779B97F4A7C15ull;
        a ^= a >> 29;
        acc = (int64_t)a;
    }
    printf("x = %d, h = %d\n", (int32_t)x, (int32_t)h);
    printf("acc = %" PRId64 "\n", acc);
    return 0;
}
