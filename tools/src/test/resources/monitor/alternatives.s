# Two alternatives in Linux's layout (struct alt_instr of arch/x86/include/asm/alternative.h), assembled
# through the pack by SitesReaderTest: the copy table must map each replacement's site to where
# apply_alternatives() copies it, and tell an applied copy from the original site it overwrote.
	.include "previrt.inc"
	.text
	.globl _start
_start:
	.globl old_a, old_b
old_a:	rdtsc			# replaced by "lfence; rdtsc": the copy's site starts 3 bytes in
	.skip 12, 0x90
old_a_end:
old_b:	rdtsc			# replaced by "rdtscp": the copy's site starts where this site starts
	.skip 12, 0x90
old_b_end:
	ret

	.section .altinstr_replacement,"ax"
	.globl repl_a_site, repl_b_site
repl_a:	lfence
repl_a_site:
	rdtsc
repl_a_end:
repl_b:
repl_b_site:
	rdtscp
repl_b_end:

	.section .altinstructions,"a"
	.long old_a - .
	.long repl_a - .
	.word 0
	.byte old_a_end - old_a
	.byte repl_a_end - repl_a
	.long old_b - .
	.long repl_b - .
	.word 0
	.byte old_b_end - old_b
	.byte repl_b_end - repl_b
