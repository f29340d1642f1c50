# previrt test vector: family far-transfer (ljmp, lcall, lret)
# Every form of isa-specs/far-transfer.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in far-transfer.d, far-transfer-records.d and far-transfer-typed.d.
	.text
# form ljmp-ptr (ea cd iw)
	ljmp $0x10, $0x12345678
	ljmpl $0x10, $0x12345678
# form ljmp-ptr-16 (66 ea iw iw)
	ljmpw $0x10, $0x10
# form ljmp-mem (ff /5)
	ljmp *4(%ebx)
	ljmp *4(%ebx,%esi,2)
	ljmpl *4(%ebx)
	ljmpl *4(%ebx,%esi,2)
# form ljmp-mem-16 (66 ff /5)
	ljmpw *4(%ebx)
	ljmpw *4(%ebx,%esi,2)
# form lcall-ptr (9a cd iw)
	lcall $0x10, $0x12345678
	lcalll $0x10, $0x12345678
# form lcall-ptr-16 (66 9a iw iw)
	lcallw $0x10, $0x10
# form lcall-mem (ff /3)
	lcall *4(%ebx)
	lcall *4(%ebx,%esi,2)
	lcalll *4(%ebx)
	lcalll *4(%ebx,%esi,2)
# form lcall-mem-16 (66 ff /3)
	lcallw *4(%ebx)
	lcallw *4(%ebx,%esi,2)
# form lret (cb)
	lret
	lretl
	retf
	retfl
# form lret-16 (66 cb)
	lretw
	retfw
# form lret-imm (ca iw)
	lret $0x10
	lretl $0x10
	retf $0x10
	retfl $0x10
# form lret-imm-16 (66 ca iw)
	lretw $0x10
	retfw $0x10
