/* sgemm-bench.c - time cblas_sgemm (OpenBLAS) on one shape: the hand-tuned
 * baseline next to DLC and ONNX Runtime for the SGEMM workloads.
 *
 *   sgemm-bench M N K [--runs N] [--warmup W]
 *
 * C[M,N] = A[M,K] * B[K,N], row-major, alpha 1, beta 0, all float32, A and B
 * random in [-1, 1). One untimed call comes first (as in dlc-run), then W
 * untimed calls, then N timed ones; prints the same line as dlc-run --bench:
 *
 *   bench: N runs after W warm-up: median X ms, min X ms, max X ms
 *
 * followed by a line with GFLOP/s (of the median) and OpenBLAS's core and
 * thread count. Threads and kernels come from the environment:
 * OPENBLAS_NUM_THREADS=T and OPENBLAS_CORETYPE=Cooperlake (run.py sets both:
 * Debian's OpenBLAS 0.3.21 is built with DYNAMIC_ARCH, and the variable pins
 * its AVX-512 Cooperlake kernels instead of leaving the choice to CPU
 * autodetection, which picks the same on the benchmark machine today).
 *
 * Built by run.py: cc -O2 sgemm-bench.c -o sgemm-bench -lopenblas
 */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static long parse_long(const char *what, const char *s, long min) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < min) {
    fprintf(stderr, "sgemm-bench: error: %s expects an integer >= %ld, got '%s'\n",
            what, min, s);
    exit(1);
  }
  return v;
}

int main(int argc, char **argv) {
  long dims[3];
  int ndims = 0;
  long runs = 10, warmup = 1;
  for (int i = 1; i < argc; ++i) {
    if (!strcmp(argv[i], "--runs") && i + 1 < argc)
      runs = parse_long("--runs", argv[++i], 1);
    else if (!strcmp(argv[i], "--warmup") && i + 1 < argc)
      warmup = parse_long("--warmup", argv[++i], 0);
    else if (argv[i][0] != '-' && ndims < 3)
      dims[ndims++] = parse_long("M, N and K", argv[i], 1);
    else {
      fprintf(stderr, "usage: sgemm-bench M N K [--runs N] [--warmup W]\n");
      return 1;
    }
  }
  if (ndims != 3) {
    fprintf(stderr, "usage: sgemm-bench M N K [--runs N] [--warmup W]\n");
    return 1;
  }
  long m = dims[0], n = dims[1], k = dims[2];
  float *a = aligned_alloc(64, ((m * k * sizeof(float)) + 63) / 64 * 64);
  float *b = aligned_alloc(64, ((k * n * sizeof(float)) + 63) / 64 * 64);
  float *c = aligned_alloc(64, ((m * n * sizeof(float)) + 63) / 64 * 64);
  double *ms = malloc(runs * sizeof(double));
  if (!a || !b || !c || !ms) {
    fprintf(stderr, "sgemm-bench: error: out of memory\n");
    return 1;
  }
  unsigned s = 12345;
  for (long i = 0; i < m * k; ++i)
    a[i] = (float)((s = s * 1103515245u + 12345u) >> 8) / (1 << 24) * 2 - 1;
  for (long i = 0; i < k * n; ++i)
    b[i] = (float)((s = s * 1103515245u + 12345u) >> 8) / (1 << 24) * 2 - 1;
  memset(c, 0, m * n * sizeof(float));

#define SGEMM()                                                                \
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)m, (int)n,       \
              (int)k, 1.0f, a, (int)k, b, (int)n, 0.0f, c, (int)n)
  SGEMM();
  for (long i = 0; i < warmup; ++i)
    SGEMM();
  for (long i = 0; i < runs; ++i) {
    double t0 = now_ms();
    SGEMM();
    ms[i] = now_ms() - t0;
  }
  qsort(ms, runs, sizeof(double), cmp_double);
  double median = runs % 2 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
  printf("bench: %ld runs after %ld warm-up: median %.4f ms, min %.4f ms, max %.4f ms\n",
         runs, warmup, median, ms[0], ms[runs - 1]);
  printf("sgemm %ldx%ldx%ld: %.1f GFLOP/s at the median; OpenBLAS core %s, %d "
         "thread(s), config: %s\n",
         m, n, k, 2.0 * m * n * k / (median * 1e6), openblas_get_corename(),
         openblas_get_num_threads(), openblas_get_config());
  free(a);
  free(b);
  free(c);
  free(ms);
  return 0;
}
