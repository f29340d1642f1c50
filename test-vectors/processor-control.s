# previrt test vector: family processor-control (identification, extended state, SMM, monitor/mwait and SMAP)
# Every form of isa-specs/processor-control.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in processor-control.d, processor-control-records.d and processor-control-typed.d.
	.text
# form cpuid (0f a2)
	cpuid
# form xsetbv (0f 01 d1)
	xsetbv
# form rsm (0f aa)
	rsm
# form monitor (0f 01 c8)
	monitor %eax, %ecx, %edx
	monitor
# form mwait (0f 01 c9)
	mwait %eax, %ecx
	mwait
# form clac (0f 01 ca)
	clac
# form stac (0f 01 cb)
	stac
