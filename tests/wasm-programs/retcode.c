/* A non-zero return from main becomes the exit code. */
#include <stdio.h>

int main(int argc, char **argv) {
    printf("returning %d\n", 40 + argc);
    return 40 + argc;
}
