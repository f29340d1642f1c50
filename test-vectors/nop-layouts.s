# previrt test vector: padding of every length in 32- and 16-bit code. lgdt has a 12-byte site, so
# its encodings of 3 to 13 bytes leave 9 down to 0 bytes of padding: one NOP of the table up to its
# longest pattern, a jmp over NOPs beyond. The same bytes must appear in .code16 and .code32.
	.text
	lgdt (%eax)
	lgdt 4(%eax)
	lgdt 4(%esp)
	lgdt %fs:4(%esp)
	lgdt 0x1000(%eax)
	lgdt 0x1000(%esp)
	lgdt %fs:0x1000(%esp)
	lgdtw %fs:0x1000(%esp)
	lgdtw %fs:0x1000(%esp,%eax,2)
	ret
