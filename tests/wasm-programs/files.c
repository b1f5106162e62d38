/* File I/O in the preopened directory /sandbox: write, read back, append, seek, stat, readdir, rename, unlink, rmdir. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
    DIR *dir = opendir(path);
    if (!dir) { printf("opendir %s: %s\n", path, strerror(errno)); return; }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) && n < 64) {
        /* Hosts differ on whether "." and ".." are listed (wasmtime and Phasor list them, Node does not). */
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof *names, compare);
    printf("%s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

int main(void) {
    if (mkdir("/sandbox/notes", 0755) != 0) { printf("mkdir: %s\n", strerror(errno)); return 1; }
    FILE *f = fopen("/sandbox/notes/a.txt", "w");
    for (int i = 1; i <= 5; i++) fprintf(f, "line %d: %d squared is %d\n", i, i, i * i);
    fclose(f);

    f = fopen("/sandbox/notes/a.txt", "r");
    char line[128];
    int lines = 0;
    while (fgets(line, sizeof line, f)) lines++;
    printf("read %d lines, last: %s", lines, line);
    fseek(f, 5, SEEK_SET);
    printf("at %ld: %c\n", ftell(f), fgetc(f));
    fseek(f, -3, SEEK_END);
    printf("near end at %ld\n", ftell(f));
    fclose(f);

    f = fopen("/sandbox/notes/a.txt", "a");
    fputs("appended\n", f);
    fclose(f);

    struct stat st;
    stat("/sandbox/notes/a.txt", &st);
    printf("size %lld, regular %d, directory %d\n", (long long)st.st_size, S_ISREG(st.st_mode), S_ISDIR(st.st_mode));
    stat("/sandbox/notes", &st);
    printf("notes is a directory: %d\n", S_ISDIR(st.st_mode));

    int fd = open("/sandbox/notes/b.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    unsigned char bytes[256];
    for (int i = 0; i < 256; i++) bytes[i] = (unsigned char)i;
    printf("wrote %zd bytes\n", write(fd, bytes, sizeof bytes));
    close(fd);
    fd = open("/sandbox/notes/b.bin", O_RDONLY);
    unsigned char back[16];
    printf("pread %zd: %d %d\n", pread(fd, back, 16, 200), back[0], back[15]);
    close(fd);

    list("/sandbox/notes");
    if (rename("/sandbox/notes/a.txt", "/sandbox/notes/renamed.txt") != 0) printf("rename: %s\n", strerror(errno));
    if (unlink("/sandbox/notes/b.bin") != 0) printf("unlink: %s\n", strerror(errno));
    list("/sandbox/notes");

    printf("open missing: %s\n", fopen("/sandbox/missing.txt", "r") ? "found" : strerror(errno));
    printf("rmdir non-empty: %s\n", rmdir("/sandbox/notes") == 0 ? "removed" : strerror(errno));
    printf("mkdir existing: %s\n", mkdir("/sandbox/notes", 0755) == 0 ? "made" : strerror(errno));
    printf("escape with ..: %s\n", fopen("/sandbox/../etc/passwd", "r") ? "opened!" : "refused");

    mkdir("/sandbox/empty", 0755);
    printf("rmdir empty: %s\n", rmdir("/sandbox/empty") == 0 ? "removed" : strerror(errno));
    list("/sandbox");
    return 0;
}
