/* printf with integers, floats and strings; stdout and stderr. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <math.h>

int main(void) {
    printf("hello, world\n");
    printf("ints: %d %i %u %ld %lld\n", 42, -17, 4000000000u, -123456789L, 9007199254740993LL);
    printf("hex: %x %X %#o %08x\n", 255, 0xBEEF, 8, 0x1234);
    printf("int64: %" PRId64 " %" PRIu64 "\n", INT64_MIN, UINT64_MAX);
    printf("floats: %f %.3f %e %g %g\n", 3.14159265358979, -2.5, 6.02214076e23, 0.0001, 1e21);
    printf("float32: %.9g\n", (double)0.1f);
    printf("special: %f %f %f\n", INFINITY, -INFINITY, NAN);
    printf("math: sqrt(2)=%.15f sin(1)=%.15f exp(1)=%.15f\n", sqrt(2.0), sin(1.0), exp(1.0));
    printf("padding: [%5d] [%-5d] [%+d] [%5.1f] [%-8s] [%8s]\n", 7, 7, 7, 2.25, "ab", "cd");
    printf("chars: %c%c%c %%\n", 'W', 'a', 's');
    char buffer[64];
    int n = snprintf(buffer, sizeof buffer, "%s-%d-%.2f", "snprintf", 99, 1.0 / 3.0);
    printf("%s (%d chars)\n", buffer, n);
    fprintf(stderr, "a line on stderr\n");
    puts("done");
    return 0;
}
