/* Clocks and sleeping: prints only what holds on any machine, so the output is fixed. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void) {
    struct timespec res;
    printf("monotonic resolution ok: %d\n", clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0);
    time_t now = time(NULL);
    printf("realtime after 2020: %d\n", now > 1577836800);
    struct tm *utc = gmtime(&now);
    printf("gmtime year plausible: %d\n", utc->tm_year + 1900 >= 2020);

    double start = seconds(CLOCK_MONOTONIC);
    struct timespec nap = { 0, 50 * 1000 * 1000 };
    nanosleep(&nap, NULL);
    double slept = seconds(CLOCK_MONOTONIC) - start;
    printf("nanosleep 50 ms: %s\n", slept >= 0.049 ? "ok" : "too short");

    start = seconds(CLOCK_MONOTONIC);
    usleep(20000);
    printf("usleep 20 ms: %s\n", seconds(CLOCK_MONOTONIC) - start >= 0.019 ? "ok" : "too short");

    double cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    volatile unsigned long spin = 0;
    for (unsigned long i = 0; i < 2000000; i++) spin += i;
    double cpu1 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    printf("process cpu time advances: %d\n", cpu1 >= cpu0);
    double thread0 = seconds(CLOCK_THREAD_CPUTIME_ID);
    printf("thread cpu time non-negative: %d\n", thread0 >= 0);
    return 0;
}
