/* Arguments and environment. */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc = %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] = \"%s\"\n", i, argv[i]);
    const char *greeting = getenv("GREETING");
    printf("GREETING = %s\n", greeting ? greeting : "(unset)");
    printf("MISSING = %s\n", getenv("MISSING") ? "set" : "(unset)");
    int count = 0;
    for (char **e = environ; *e; e++) printf("env: %s\n", *e), count++;
    printf("%d variables\n", count);
    return 0;
}
