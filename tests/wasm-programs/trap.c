/* A command that traps: integer division by zero in a named function, after some output. */
#include <stdio.h>

__attribute__((noinline)) int divide(int a, int b) { return a / b; }

int main(int argc, char **argv) {
    printf("about to divide by %d\n", argc - 1);
    fflush(stdout);
    printf("%d\n", divide(10, argc - 1));
    return 0;
}
