# previrt test vector: prefixes written as statements of their own, as Linux's io.h writes string I/O
# (`rep; outsb`). Both routes start the site at the (first) prefix byte. A shadow form after a prefix
# statement gets no padding: padding in front would take the prefix. `rep; movsl` stays ordinary, and
# `int $3` (encoded as int3) is no site.
	.text
	rep; outsl
	rep ; insb
	repz; outsw
	ds; cli
	lock; rep; insl
	rep; movsl
	int $3
	data16; pop %ss
	ds
	sti
	ret
