/* malloc, realloc and free through a hash table of words and a sorted array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry { char *word; int count; struct entry *next; } entry;

static unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static int by_count(const void *a, const void *b) {
    const entry *x = *(entry *const *)a, *y = *(entry *const *)b;
    return x->count != y->count ? y->count - x->count : strcmp(x->word, y->word);
}

int main(void) {
    enum { BUCKETS = 64 };
    entry *table[BUCKETS] = {0};
    const char *text = "the quick brown fox jumps over the lazy dog the fox barks and the dog sleeps while a quick bird sings";
    char *copy = strdup(text);
    int distinct = 0;
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        unsigned b = hash(w) % BUCKETS;
        entry *e = table[b];
        while (e && strcmp(e->word, w)) e = e->next;
        if (!e) {
            e = malloc(sizeof *e);
            e->word = strdup(w);
            e->count = 0;
            e->next = table[b];
            table[b] = e;
            distinct++;
        }
        e->count++;
    }
    entry **all = NULL;
    int n = 0, cap = 0;
    for (int b = 0; b < BUCKETS; b++)
        for (entry *e = table[b]; e; e = e->next) {
            if (n == cap) { cap = cap ? cap * 2 : 2; all = realloc(all, cap * sizeof *all); }
            all[n++] = e;
        }
    qsort(all, n, sizeof *all, by_count);
    printf("%d distinct words\n", distinct);
    for (int i = 0; i < n; i++) printf("%-6s %d\n", all[i]->word, all[i]->count);

    /* A large block, grown in steps, to make the heap grow memory. */
    size_t size = 1024;
    unsigned char *big = malloc(size);
    for (int step = 0; step < 6; step++) {
        size *= 4;
        big = realloc(big, size);
        memset(big + size / 4, step + 1, size - size / 4);
    }
    unsigned long sum = 0;
    for (size_t i = 0; i < size; i += 4096) sum += big[i];
    printf("big block %zu bytes, sample sum %lu\n", size, sum);

    for (int i = 0; i < n; i++) { free(all[i]->word); free(all[i]); }
    free(all);
    free(big);
    free(copy);
    return 0;
}
