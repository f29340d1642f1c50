# A prefix written as its own statement (rep; outsl): can a macro pack put it inside the next site?
# Prototype A: the prefix macro sets a flag that the next intercepted instruction consumes.
.set .Lpf, 0
.macro rep a:vararg
.ifb \a
.set .Lpf, 1
{nooptimize} rep
.else
{nooptimize} rep \a
.endif
.endm
.macro pv_take name
.if .Lpf
.warning "\name: site starts at the pending prefix"
.else
.warning "\name: site starts at the instruction"
.endif
.set .Lpf, 0
.endm
.macro cli
pv_take cli
{nooptimize} cli
.endm
.macro outsl a:vararg
pv_take outsl
{nooptimize} outsl \a
.endm
	.text
	rep; outsl              # right: the prefix belongs to outsl
	rep; nop                # pause (cpu_relax): nop is no site, so nothing consumes the flag
	movl $1, %eax
	cli                     # wrong: takes the f3 two instructions back into its site
	rep
	.pushsection .text.other,"ax"
	cli                     # wrong: the f3 is in .text, cli in .text.other
	.popsection
