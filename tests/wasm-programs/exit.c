/* exit(3) from a nested call: atexit handlers run and buffered output is flushed before proc_exit. */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void) { printf("atexit handler ran\n"); }

static void fail(int depth) {
    if (depth == 0) {
        printf("exiting with 3 from depth 0\n");
        exit(3);
    }
    fail(depth - 1);
    printf("never printed\n");
}

int main(void) {
    atexit(goodbye);
    printf("buffered, not yet flushed");
    printf("\n");
    fail(5);
    return 0;
}
