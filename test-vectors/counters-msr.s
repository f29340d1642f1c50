# previrt test vector: family counters-msr (model-specific registers, time-stamp and performance counters)
# Every form of isa-specs/counters-msr.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in counters-msr.d, counters-msr-records.d and counters-msr-typed.d.
	.text
# form rdmsr (0f 32)
	rdmsr
# form wrmsr (0f 30)
	wrmsr
# form rdpmc (0f 33)
	rdpmc
# form rdtsc (0f 31)
	rdtsc
# form rdtscp (0f 01 f9)
	rdtscp
