/* The /init of the Linux boot test: no libc. Writes one line to stdout (the console) with the i386
 * write system call through int $0x80, then asks for a restart (reboot system call), which ends
 * QEMU under -no-reboot. Built with gcc -m32 -nostdlib -static -ffreestanding. */
#define SYS_write 4
#define SYS_reboot 88
#define LINUX_REBOOT_MAGIC1 0xfee1deadL
#define LINUX_REBOOT_MAGIC2 672274793L
#define LINUX_REBOOT_CMD_RESTART 0x01234567L

static long syscall3(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

static const char line[] = "previrt-init: hello from /init\n";

void _start(void)
{
	syscall3(SYS_write, 1, (long)line, sizeof line - 1);
	syscall3(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART);
	for (;;)
		;
}
