# previrt test vector: family system-tables (load and store GDTR, IDTR, LDTR and TR)
# Every form of isa-specs/system-tables.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in system-tables.d, system-tables-records.d and system-tables-typed.d.
	.text
# form lgdt (0f 01 /2)
	lgdt 4(%ebx)
	lgdt 4(%ebx,%esi,2)
	lgdtl 4(%ebx)
	lgdt 4(%ebx,%esi,2)
# form lgdt-16 (66 0f 01 /2)
	lgdtw 4(%ebx)
# form lidt (0f 01 /3)
	lidt 4(%ebx)
	lidt 4(%ebx,%esi,2)
	lidtl 4(%ebx)
	lidt 4(%ebx,%esi,2)
# form lidt-16 (66 0f 01 /3)
	lidtw 4(%ebx)
# form sgdt (0f 01 /0)
	sgdt 4(%ebx)
	sgdt 4(%ebx,%esi,2)
	sgdtl 4(%ebx)
	sgdt 4(%ebx,%esi,2)
# form sgdt-16 (66 0f 01 /0)
	sgdtw 4(%ebx)
# form sidt (0f 01 /1)
	sidt 4(%ebx)
	sidt 4(%ebx,%esi,2)
	sidtl 4(%ebx)
	sidt 4(%ebx,%esi,2)
# form sidt-16 (66 0f 01 /1)
	sidtw 4(%ebx)
# form lldt (0f 00 /2)
	lldt %ax
	lldt 4(%ebx,%esi,2)
	lldtw %ax
	lldtw 4(%ebx,%esi,2)
# form sldt (0f 00 /0)
	sldt %eax
	sldt 4(%ebx,%esi,2)
	sldtl %eax
	sldtw %ax
	sldtw 4(%ebx,%esi,2)
# form ltr (0f 00 /3)
	ltr %ax
	ltr 4(%ebx,%esi,2)
	ltrw %ax
	ltrw 4(%ebx,%esi,2)
# form str (0f 00 /1)
	str %eax
	str 4(%ebx,%esi,2)
	strl %eax
	strw %ax
	strw 4(%ebx,%esi,2)
