#include "hw.h"

struct task {
    int prio;
    int (*weight)(int);
};

static int light(int x) { return x / 2 + 1; }
static int heavy(int x) { return x * 3 - 1; }
static int flat(int x) { return x; }
static struct task tasks[] = {{0, light}, {1, heavy}, {2, flat}, {3, light}, {4, heavy}};

int sched_pick(int prio, int load) {
    int best = -1;
    int score = -1;
    for (unsigned i = 0; i < sizeof tasks / sizeof tasks[0]; i++) {
        int s = tasks[i].weight(load + tasks[i].prio * prio);
        if (s > score) {
            score = s;
            best = (int)i;
        }
    }
    return best * 1000 + score % 1000;
}

void sched_switch(uint32_t pgdir) {
    uint32_t cr0 = read_cr0();
    if (cr0 & 0x80000000u) {
        write_cr3(pgdir);
    }
    while (!(inb(0x64) & 1)) {
        hlt();
    }
}
