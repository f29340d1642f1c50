# previrt test vector: family cache-tlb (cache and TLB maintenance)
# Every form of isa-specs/cache-tlb.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in cache-tlb.d, cache-tlb-records.d and cache-tlb-typed.d.
	.text
# form invd (0f 08)
	invd
# form wbinvd (0f 09)
	wbinvd
# form wbnoinvd (f3 0f 09)
	wbnoinvd
# form invlpg (0f 01 /7)
	invlpg 4(%ebx)
	invlpg 4(%ebx,%esi,2)
# form invpcid (66 0f 38 82 /r)
	invpcid 4(%ebx), %ebx
