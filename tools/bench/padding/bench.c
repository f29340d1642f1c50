/*
 * tools/bench/padding-cost.sh's driver: runs each loop of loops.s assembled by stock gas (stock_b_*)
 * and with the macro pack (padded_b_*) in one process, alternating, and prints TSC ticks per body
 * execution (median of RUNS runs each), the padded/stock ratio (median of the RUNS ratios of a padded
 * run and the stock run next to it) and the padding bytes per body.
 * A form that faults in user mode (privileged, or UMIP without kernel emulation) is probed first in a
 * signal handler and reported as skipped.
 *
 * Usage: bench RUNS [--no-timing]
 * --no-timing (padding-cost.sh passes it under a user-mode emulator such as qemu-i386, whose "ticks"
 * measure the translator, not the CPU): each form is still run once, stock and padded, and its padding
 * bytes are printed, but every timing column says why it is empty.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UNROLL 8

typedef void loop_fn(unsigned n);

#define ROW(name, body, sites)                                                                  \
    extern loop_fn stock_b_##name, padded_b_##name;                                           \
    extern char stock_b_##name##_top[], padded_b_##name##_top[], stock_b_##name##_bend[], padded_b_##name##_bend[];
#include "rows.h"
#undef ROW

struct row {
    const char *name, *body;
    int sites;
    loop_fn *stock, *padded;
    const char *stock_top, *stock_bend, *padded_top, *padded_bend;
};

static struct row rows[] = {
#define ROW(name, body, sites)                                                                  \
    {#name, body, sites, stock_b_##name, padded_b_##name, stock_b_##name##_top, stock_b_##name##_bend, \
     padded_b_##name##_top, padded_b_##name##_bend},
#include "rows.h"
#undef ROW
};

/* bytes the pack added to the loop's bodies */
static long padding(const struct row *r) {
    return (r->padded_bend - r->padded_top) - (r->stock_bend - r->stock_top);
}

static sigjmp_buf probe_env;
static volatile sig_atomic_t probe_sig;

static void on_fault(int sig) {
    probe_sig = sig;
    siglongjmp(probe_env, 1);
}

/* 0 when fn(1) runs; otherwise the signal it died of */
static int probe(loop_fn *fn) {
    probe_sig = 0;
    if (sigsetjmp(probe_env, 1) == 0) {
        fn(1);
        return 0;
    }
    return probe_sig;
}

static inline uint64_t ticks(void) {
    uint32_t lo, hi;
    __asm__ volatile("lfence\n\trdtsc\n\tlfence" : "=a"(lo), "=d"(hi)::"memory");
    return ((uint64_t)hi << 32) | lo;
}

static double run(loop_fn *fn, unsigned n) {
    uint64_t t0 = ticks();
    fn(n);
    uint64_t t1 = ticks();
    return (double)(t1 - t0) / ((double)n * UNROLL);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv) {
    int runs = argc > 1 ? atoi(argv[1]) : 31;
    if (runs < 1 || runs > 1000) {
        fprintf(stderr, "bench: RUNS must be 1..1000\n");
        return 2;
    }
    int timing = 1;
    if (argc > 2) {
        if (argc > 3 || strcmp(argv[2], "--no-timing") != 0) {
            fprintf(stderr, "usage: bench RUNS [--no-timing]\n");
            return 2;
        }
        timing = 0;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    size_t nrows = sizeof rows / sizeof rows[0];
    double *s = malloc(sizeof(double) * runs), *p = malloc(sizeof(double) * runs);
    double *q = malloc(sizeof(double) * runs);
    printf("| form | body (x%d per iteration) | sites | padding bytes | stock ticks | padded ticks | padded/stock |\n",
           UNROLL);
    printf("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (size_t i = 0; i < nrows; i++) {
        struct row *r = &rows[i];
        int sig = probe(r->stock);
        if (sig == 0) {
            sig = probe(r->padded);
        }
        if (sig != 0) {
            printf("| %s | `%s` | %d | | skipped: %s in user mode | | |\n", r->name, r->body, r->sites,
                   strsignal(sig));
            continue;
        }
        if (!timing) {
            printf("| %s | `%s` | %d | %.1f | skipped: emulated, ticks would time the emulator | | |\n", r->name,
                   r->body, r->sites, (double)padding(r) / UNROLL);
            continue;
        }
        /* iterations: enough for ~4M ticks of the stock loop; both versions warm up meanwhile */
        unsigned n = 16;
        while (n < (1u << 24) && run(r->stock, n) * n * UNROLL < 2e6) {
            run(r->padded, n);
            n *= 2;
        }
        for (int k = 0; k < runs; k++) {
            if (k % 2 == 0) {
                s[k] = run(r->stock, n);
                p[k] = run(r->padded, n);
            } else {
                p[k] = run(r->padded, n);
                s[k] = run(r->stock, n);
            }
            q[k] = p[k] / s[k]; /* the two runs of a pair see the same machine load */
        }
        double mq = median(q, runs);
        double ms = median(s, runs), mp = median(p, runs);
        long pad = padding(r);
        printf("| %s | `%s` | %d | %.1f | %.1f | %.1f | %.2f |\n", r->name, r->body, r->sites,
               (double)pad / UNROLL, ms, mp, mq);
    }
    free(s);
    free(p);
    free(q);
    return 0;
}
