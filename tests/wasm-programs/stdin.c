/* Reads standard input to its end: counts lines, words and bytes, and echoes each line reversed. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

int main(void) {
    char line[256];
    int lines = 0, words = 0;
    long bytes = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        bytes += n;
        lines++;
        int in_word = 0;
        for (size_t i = 0; i < n; i++) {
            if (isspace((unsigned char)line[i])) in_word = 0;
            else if (!in_word) { in_word = 1; words++; }
        }
        if (n && line[n - 1] == '\n') line[--n] = 0;
        printf("%2d: ", lines);
        for (size_t i = n; i > 0; i--) putchar(line[i - 1]);
        putchar('\n');
    }
    printf("%d lines, %d words, %ld bytes\n", lines, words, bytes);
    return feof(stdin) ? 0 : 1;
}
