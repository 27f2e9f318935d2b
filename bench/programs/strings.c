/*
 * Twin of Strings.java. Strings are immutable UTF-16 arrays, as in ostooc and the JVM; every
 * concatenation allocates a fresh string from a bump allocator that never frees (like ostoo-rt's),
 * and a multi-operand expression is built pairwise, left to right.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int32_t len; uint16_t ch[]; } jstr;

static char *heap_cur, *heap_end;

static void *bump(size_t n) {
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(heap_end - heap_cur) < n) {
        size_t chunk = n > (1u << 20) ? n : (1u << 20);
        heap_cur = malloc(chunk);
        if (!heap_cur) { fputs("out of memory\n", stderr); exit(102); }
        heap_end = heap_cur + chunk;
    }
    void *p = heap_cur;
    heap_cur += n;
    return p;
}

static jstr *jalloc(int32_t len) {
    jstr *s = bump(sizeof(jstr) + (size_t)len * 2);
    s->len = len;
    return s;
}

static jstr *lit(const char *c) {
    int32_t n = (int32_t)strlen(c);
    jstr *s = jalloc(n);
    for (int32_t i = 0; i < n; i++) s->ch[i] = (uint8_t)c[i];
    return s;
}

static jstr *cat(const jstr *a, const jstr *b) {
    jstr *s = jalloc(a->len + b->len);
    memcpy(s->ch, a->ch, (size_t)a->len * 2);
    memcpy(s->ch + a->len, b->ch, (size_t)b->len * 2);
    return s;
}

static jstr *of_long(int64_t v) {
    uint16_t buf[20];
    int32_t n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { buf[n++] = (uint16_t)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buf[n++] = '-';
    jstr *s = jalloc(n);
    for (int32_t i = 0; i < n; i++) s->ch[i] = buf[n - 1 - i];
    return s;
}

static jstr *of_int(int32_t v) { return of_long(v); }

static jstr *of_char(uint16_t c) {
    jstr *s = jalloc(1);
    s->ch[0] = c;
    return s;
}

static jstr *L_true, *L_false;
static jstr *of_bool(int b) { return b ? L_true : L_false; }

static void println(const jstr *s) {
    char buf[4096];
    int32_t n = s->len < 4095 ? s->len : 4095; /* ASCII only here */
    for (int32_t i = 0; i < n; i++) buf[i] = (char)s->ch[i];
    buf[n] = '\n';
    fwrite(buf, 1, (size_t)n + 1, stdout);
}

int main(void) {
    L_true = lit("true");
    L_false = lit("false");
    jstr *L_empty = lit(""), *L_r = lit("r"), *L_slash = lit("/"), *L_colon = lit(":"),
         *L_lines = lit("lines: ");
    int32_t rounds = 25000;
    jstr *last = L_empty;
    int32_t lines = 0;
    for (int32_t r = 0; r < rounds; r++) {
        jstr *s = L_empty;
        for (int32_t i = 0; i < 40; i++) {
            s = cat(s, of_char((uint16_t)('a' + (i + r) % 26)));
            if (i % 10 == 9) {
                s = cat(s, of_int((int32_t)((uint32_t)i * (uint32_t)r)));
                s = cat(s, of_char(','));
            }
        }
        jstr *t = cat(L_r, of_int(r));
        t = cat(t, L_slash);
        t = cat(t, of_long((int64_t)r * 2654435761LL));
        t = cat(t, L_colon);
        t = cat(t, of_bool(r % 3 == 0));
        t = cat(t, of_char('!'));
        t = cat(t, s);
        if (r % 2500 == 0) {
            println(t);
            lines++;
        }
        last = t;
    }
    println(last);
    println(cat(L_lines, of_int(lines)));
    return 0;
}
