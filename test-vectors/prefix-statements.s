# previrt test vector: prefixes written as statements of their own, as Linux's io.h writes string I/O
# (`rep; outsb`). gas -mprevirt starts the site at the prefix byte; the macro packs only see the
# instruction, so their site starts after the prefix (a pack limit, listed in
# templates/binutils/testsuite/deviations.yaml; the audit reports it as missed).
	.text
	rep; outsl
	rep ; insb
	repz; outsw
	ds; cli
	lock; rep; insl
	rep; movsl
	int $3
	ret
