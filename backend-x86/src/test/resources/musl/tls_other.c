/* The other translation unit of features.c: a thread-local defined here, used there through the GOT. */
__thread int tls_counter = 5;

int tls_bump(void) {
    return ++tls_counter;
}
