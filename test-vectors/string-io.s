# previrt test vector: family string-io (ins and outs)
# Every form of isa-specs/string-io.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in string-io.d, string-io-records.d and string-io-typed.d.
	.text
# form insb (6c)
	insb %dx, %es:(%edi)
	insb
# form insw (66 6d)
	insw %dx, %es:(%edi)
	insw
# form insl (6d)
	ins %dx, %es:(%edi)
	insl %dx, %es:(%edi)
	insl
# form outsb (6e)
	outsb %ds:(%esi), %dx
	outsb
# form outsw (66 6f)
	outsw %ds:(%esi), %dx
	outsw
# form outsl (6f)
	outs %ds:(%esi), %dx
	outsl %ds:(%esi), %dx
	outsl
