/* Exercises what a musl program needs from a static linker; linked by ostooc's linker and by GNU ld,
 * the two executables must print the same and exit alike (MuslLinkTest). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern __thread int tls_counter;        /* defined in tls_other.c: initial-exec, R_X86_64_GOTTPOFF */
int tls_bump(void);
static __thread long tls_local = 40;    /* local-exec, R_X86_64_TPOFF32 */
static __thread char tls_zeroed[64];    /* .tbss */

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void at_exit_1(void) { printf("atexit 1 (runs last)\n"); }
static void at_exit_2(void) { printf("atexit 2 (runs first)\n"); }

__attribute__((constructor(200))) static void ctor_200(void) { printf("constructor 200\n"); }
__attribute__((constructor(101))) static void ctor_101(void) { printf("constructor 101\n"); }
__attribute__((constructor)) static void ctor_plain(void) { printf("constructor (no priority)\n"); }
__attribute__((destructor(150))) static void dtor_150(void) { printf("destructor 150\n"); }
__attribute__((destructor)) static void dtor_plain(void) { printf("destructor (no priority)\n"); }

__attribute__((weak)) int optional_hook(void);  /* weak undefined: 0 */

int main(int argc, char **argv) {
    atexit(at_exit_1);
    atexit(at_exit_2);
    printf("argc=%d argv[1]=%s\n", argc, argc > 1 ? argv[1] : "(none)");
    printf("ints %d %5d %-5d| %x %o %ld\n", 42, -7, 13, 0xBEEF, 8, 1234567890123L);
    printf("doubles %f %.3f %e %g %g\n", 3.14159, -2.5, 12345.678, 0.0001, 1e20);
    printf("strings [%s] [%10s] [%-10s] [%.3s]\n", "musl", "right", "left", "truncate");

    int n = 200;
    int *v = malloc(n * sizeof *v);
    if (!v) return 90;
    for (int i = 0; i < n; i++) v[i] = (i * 7919 + 13) % 1009 - 500;
    qsort(v, n, sizeof *v, cmp_int);
    long sum = 0;
    for (int i = 0; i < n; i++) sum += (long)v[i] * (i + 1);
    printf("sorted min=%d max=%d weighted=%ld\n", v[0], v[n - 1], sum);
    char *big = malloc(100000);
    memset(big, 'x', 99999);
    big[99999] = 0;
    printf("big strlen=%zu\n", strlen(big));
    free(big);
    free(v);

    char buf[64];
    int len = snprintf(buf, sizeof buf, "%s-%04d-%c-%.2f", "snp", 7, 'Z', 1.0 / 3);
    printf("snprintf %d [%s]\n", len, buf);
    len = snprintf(buf, 8, "%s", "truncated output");
    printf("snprintf %d [%s]\n", len, buf);

    const char *who = getenv("OSTOO_TEST_WHO");
    printf("getenv OSTOO_TEST_WHO=%s, MISSING=%s\n", who ? who : "(null)", getenv("OSTOO_TEST_MISSING") ? "set" : "(null)");

    tls_local += 2;
    tls_zeroed[63] = 'z';
    printf("tls local=%ld zeroed=%d,%c counter=%d,%d\n", tls_local, tls_zeroed[0], tls_zeroed[63], tls_counter, tls_bump());
    printf("weak hook %s\n", optional_hook ? "present" : "absent");

    /* Fully buffered stdout (not a tty): many small writes without a newline, flushed by exit. */
    for (int i = 0; i < 3000; i++) printf("%d,", i % 10);
    printf("\nend of main\n");
    return 7;
}
