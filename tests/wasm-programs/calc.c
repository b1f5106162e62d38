/* A reactor (no main): exports for `phasor wasm run --invoke`, one per value type, and one that traps. */
#include <stdint.h>
#include <math.h>

#define EXPORT(name) __attribute__((export_name(name)))

EXPORT("add") int32_t add(int32_t a, int32_t b) { return a + b; }
EXPORT("mul64") int64_t mul64(int64_t a, int64_t b) { return a * b; }
EXPORT("hypot") double hyp(double x, double y) { return sqrt(x * x + y * y); }
EXPORT("half") float half(float x) { return x / 2; }
EXPORT("divide") int32_t divide(int32_t a, int32_t b) { return a / b; }
EXPORT("nothing") void nothing(void) { }

static int32_t counter;
EXPORT("count") int32_t count(void) { return ++counter; }
