static inline unsigned char inb(unsigned short p){unsigned char v; __asm__ volatile("inb %1,%0":"=a"(v):"Nd"(p)); return v;}
static inline void outb(unsigned char v, unsigned short p){__asm__ volatile("outb %0,%1"::"a"(v),"Nd"(p));}
unsigned long rd_cr0(void){unsigned long v; __asm__ volatile("mov %%cr0,%0":"=r"(v)); return v;}
void irq_off(void){__asm__ volatile("cli":::"memory");}
void irq_on(void){__asm__ volatile("sti":::"memory");}
unsigned long long tsc(void){unsigned long long v; __asm__ volatile("rdtsc":"=A"(v)); return v;}
unsigned int cpu(unsigned l){unsigned a,b,c,d; __asm__ volatile("cpuid":"=a"(a),"=b"(b),"=c"(c),"=d"(d):"a"(l)); return a^b^c^d;}
unsigned char kbd(void){ return inb(0x60); }
void serial(char c){ outb(c, 0x3f8); }
