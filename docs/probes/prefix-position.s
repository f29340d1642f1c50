# Prototype B: the prefix macro leaves a label after its byte; the next site is at the prefix
# only when it starts exactly there (a comparison of positions, no flag to outlive its instruction).
.macro rep a:vararg
.ifb \a
{nooptimize} rep
.set .Lpfx_end, .
.else
{nooptimize} rep \a
.endif
.endm
.macro cli
.Lcli\@:
.if .Lcli\@ - .Lpfx_end == 0
.warning "cli: site starts at the prefix"
.else
.warning "cli: site starts at the instruction"
.endif
{nooptimize} cli
.endm
	.text
	rep; cli                # right
	rep; nop                # pause
1:	jne 1b                  # a relaxable jump: its size is known only at the end
	cli                     # gas cannot compare positions across it
	rep
	.pushsection .text.other,"ax"
	cli                     # nor across sections
	.popsection
