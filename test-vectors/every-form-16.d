# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: every-form-16 (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -M i8086 -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 08                	invd
   2:	eb 06                	jmp    0xa
   4:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
   a:	0f 09                	wbinvd
   c:	eb 06                	jmp    0x14
   e:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  14:	f3 0f 09             	wbnoinvd
  17:	eb 06                	jmp    0x1f
  19:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  1f:	67 0f 01 7b 04       	invlpg 0x4\(%ebx\)
  24:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  28:	67 0f 01 7c 73 04    	invlpg 0x4\(%ebx,%esi,2\)
  2e:	0f 1f 00             	nopw   \(%bx,%si\)
  31:	67 66 0f 38 82 5b 04 	invpcid 0x4\(%ebx\),%ebx
  38:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  3e:	0f 32                	rdmsr
  40:	eb 06                	jmp    0x48
  42:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  48:	0f 30                	wrmsr
  4a:	eb 06                	jmp    0x52
  4c:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  52:	0f 33                	rdpmc
  54:	eb 06                	jmp    0x5c
  56:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  5c:	0f 31                	rdtsc
  5e:	eb 06                	jmp    0x66
  60:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  66:	0f 01 f9             	rdtscp
  69:	eb 06                	jmp    0x71
  6b:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  71:	67 66 c5 5b 04       	lds    0x4\(%ebx\),%ebx
  76:	eb 0b                	jmp    0x83
  78:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  7f:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  83:	67 66 c5 5c 73 04    	lds    0x4\(%ebx,%esi,2\),%ebx
  89:	eb 0a                	jmp    0x95
  8b:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  92:	0f 1f 00             	nopw   \(%bx,%si\)
  95:	67 66 c5 5b 04       	lds    0x4\(%ebx\),%ebx
  9a:	eb 0b                	jmp    0xa7
  9c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  a3:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  a7:	67 c5 5b 04          	lds    0x4\(%ebx\),%bx
  ab:	eb 0c                	jmp    0xb9
  ad:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  b4:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
  b9:	67 66 c4 5b 04       	les    0x4\(%ebx\),%ebx
  be:	eb 0b                	jmp    0xcb
  c0:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  c7:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  cb:	67 66 c4 5b 04       	les    0x4\(%ebx\),%ebx
  d0:	eb 0b                	jmp    0xdd
  d2:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  d9:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  dd:	67 c4 5b 04          	les    0x4\(%ebx\),%bx
  e1:	eb 0c                	jmp    0xef
  e3:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  ea:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
  ef:	67 66 0f b4 5b 04    	lfs    0x4\(%ebx\),%ebx
  f5:	eb 0b                	jmp    0x102
  f7:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  fe:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 102:	67 66 0f b4 5b 04    	lfs    0x4\(%ebx\),%ebx
 108:	eb 0b                	jmp    0x115
 10a:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 111:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 115:	67 0f b4 5b 04       	lfs    0x4\(%ebx\),%bx
 11a:	eb 0c                	jmp    0x128
 11c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 123:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 128:	67 66 0f b5 5b 04    	lgs    0x4\(%ebx\),%ebx
 12e:	eb 0b                	jmp    0x13b
 130:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 137:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 13b:	67 66 0f b5 5b 04    	lgs    0x4\(%ebx\),%ebx
 141:	eb 0b                	jmp    0x14e
 143:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 14a:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 14e:	67 0f b5 5b 04       	lgs    0x4\(%ebx\),%bx
 153:	eb 0c                	jmp    0x161
 155:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 15c:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 161:	67 66 0f b2 5b 04    	lss    0x4\(%ebx\),%ebx
 167:	eb 0b                	jmp    0x174
 169:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 170:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 174:	67 66 0f b2 5c 73 04 	lss    0x4\(%ebx,%esi,2\),%ebx
 17b:	eb 0a                	jmp    0x187
 17d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 184:	0f 1f 00             	nopw   \(%bx,%si\)
 187:	67 66 0f b2 5b 04    	lss    0x4\(%ebx\),%ebx
 18d:	eb 0b                	jmp    0x19a
 18f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 196:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 19a:	67 0f b2 5b 04       	lss    0x4\(%ebx\),%bx
 19f:	eb 0c                	jmp    0x1ad
 1a1:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 1a8:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 1ad:	ea 34 12 10 00       	ljmp   \$0x10,\$0x1234
 1b2:	eb 09                	jmp    0x1bd
 1b4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 1bb:	66 90                	xchg   %eax,%eax
 1bd:	66 ea 78 56 34 12 10 	ljmpl  \$0x10,\$0x12345678
 1c4:	00 
 1c5:	eb 06                	jmp    0x1cd
 1c7:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 1cd:	ea 10 00 10 00       	ljmp   \$0x10,\$0x10
 1d2:	eb 09                	jmp    0x1dd
 1d4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 1db:	66 90                	xchg   %eax,%eax
 1dd:	67 ff 6b 04          	ljmp   \*0x4\(%ebx\)
 1e1:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 1e8:	67 ff 6c 73 04       	ljmp   \*0x4\(%ebx,%esi,2\)
 1ed:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 1f3:	67 66 ff 6b 04       	ljmpl  \*0x4\(%ebx\)
 1f8:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 1fe:	67 66 ff 6c 73 04    	ljmpl  \*0x4\(%ebx,%esi,2\)
 204:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 209:	67 ff 6b 04          	ljmp   \*0x4\(%ebx\)
 20d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 214:	67 ff 6c 73 04       	ljmp   \*0x4\(%ebx,%esi,2\)
 219:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 21f:	9a 34 12 10 00       	lcall  \$0x10,\$0x1234
 224:	eb 08                	jmp    0x22e
 226:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 22d:	90                   	nop
 22e:	66 9a 78 56 34 12 10 	lcalll \$0x10,\$0x12345678
 235:	00 
 236:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 23d:	9a 10 00 10 00       	lcall  \$0x10,\$0x10
 242:	eb 08                	jmp    0x24c
 244:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 24b:	90                   	nop
 24c:	67 ff 5b 04          	lcall  \*0x4\(%ebx\)
 250:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 256:	67 ff 5c 73 04       	lcall  \*0x4\(%ebx,%esi,2\)
 25b:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 260:	67 66 ff 5b 04       	lcalll \*0x4\(%ebx\)
 265:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 26a:	67 66 ff 5c 73 04    	lcalll \*0x4\(%ebx,%esi,2\)
 270:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 274:	67 ff 5b 04          	lcall  \*0x4\(%ebx\)
 278:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 27e:	67 ff 5c 73 04       	lcall  \*0x4\(%ebx,%esi,2\)
 283:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 288:	cb                   	lret
 289:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 28d:	66 cb                	lretl
 28f:	0f 1f 00             	nopw   \(%bx,%si\)
 292:	cb                   	lret
 293:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 297:	66 cb                	lretl
 299:	0f 1f 00             	nopw   \(%bx,%si\)
 29c:	cb                   	lret
 29d:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2a1:	cb                   	lret
 2a2:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2a6:	ca 10 00             	lret   \$0x10
 2a9:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2ad:	66 ca 10 00          	lretl  \$0x10
 2b1:	0f 1f 00             	nopw   \(%bx,%si\)
 2b4:	ca 10 00             	lret   \$0x10
 2b7:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2bb:	66 ca 10 00          	lretl  \$0x10
 2bf:	0f 1f 00             	nopw   \(%bx,%si\)
 2c2:	ca 10 00             	lret   \$0x10
 2c5:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2c9:	ca 10 00             	lret   \$0x10
 2cc:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 2d0:	0f 34                	sysenter
 2d2:	eb 06                	jmp    0x2da
 2d4:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 2da:	0f 35                	sysexit
 2dc:	eb 06                	jmp    0x2e4
 2de:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 2e4:	0f 05                	syscall
 2e6:	eb 06                	jmp    0x2ee
 2e8:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 2ee:	0f 07                	sysret
 2f0:	eb 06                	jmp    0x2f8
 2f2:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 2f8:	66 0f 07             	data32 sysret
 2fb:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 302:	9c                   	pushf
 303:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 308:	66 9c                	pushfl
 30a:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 30e:	9c                   	pushf
 30f:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 314:	9d                   	popf
 315:	eb 13                	jmp    0x32a
 317:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 31e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 325:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 32a:	66 9d                	popfl
 32c:	eb 12                	jmp    0x340
 32e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 335:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 33c:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 340:	9d                   	popf
 341:	eb 13                	jmp    0x356
 343:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 34a:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 351:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 356:	f4                   	hlt
 357:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 35d:	fa                   	cli
 35e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 365:	eb 15                	jmp    0x37c
 367:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 36e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 375:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 37c:	fb                   	sti
 37d:	cf                   	iret
 37e:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 382:	66 cf                	iretl
 384:	0f 1f 00             	nopw   \(%bx,%si\)
 387:	cf                   	iret
 388:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 38c:	0f 01 e0             	smsw   %ax
 38f:	eb 06                	jmp    0x397
 391:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 397:	67 0f 01 64 73 04    	smsw   0x4\(%ebx,%esi,2\)
 39d:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 3a2:	66 0f 01 e0          	smsw   %eax
 3a6:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 3ad:	0f 01 e0             	smsw   %ax
 3b0:	eb 06                	jmp    0x3b8
 3b2:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 3b8:	67 0f 01 64 73 04    	smsw   0x4\(%ebx,%esi,2\)
 3be:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 3c3:	0f 01 f0             	lmsw   %ax
 3c6:	eb 06                	jmp    0x3ce
 3c8:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 3ce:	67 0f 01 74 73 04    	lmsw   0x4\(%ebx,%esi,2\)
 3d4:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 3d9:	0f 01 f0             	lmsw   %ax
 3dc:	eb 06                	jmp    0x3e4
 3de:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 3e4:	67 0f 01 74 73 04    	lmsw   0x4\(%ebx,%esi,2\)
 3ea:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 3ef:	0f 06                	clts
 3f1:	eb 0c                	jmp    0x3ff
 3f3:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 3fa:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 3ff:	e4 60                	in     \$0x60,%al
 401:	eb 0b                	jmp    0x40e
 403:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 40a:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 40e:	e4 60                	in     \$0x60,%al
 410:	eb 0b                	jmp    0x41d
 412:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 419:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 41d:	e4 60                	in     \$0x60,%al
 41f:	eb 0b                	jmp    0x42c
 421:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 428:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 42c:	e5 60                	in     \$0x60,%ax
 42e:	eb 0b                	jmp    0x43b
 430:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 437:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 43b:	e5 60                	in     \$0x60,%ax
 43d:	eb 0b                	jmp    0x44a
 43f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 446:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 44a:	e5 60                	in     \$0x60,%ax
 44c:	eb 0b                	jmp    0x459
 44e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 455:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 459:	66 e5 60             	in     \$0x60,%eax
 45c:	eb 0a                	jmp    0x468
 45e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 465:	0f 1f 00             	nopw   \(%bx,%si\)
 468:	66 e5 60             	in     \$0x60,%eax
 46b:	eb 0a                	jmp    0x477
 46d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 474:	0f 1f 00             	nopw   \(%bx,%si\)
 477:	66 e5 60             	in     \$0x60,%eax
 47a:	eb 0a                	jmp    0x486
 47c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 483:	0f 1f 00             	nopw   \(%bx,%si\)
 486:	ec                   	in     \(%dx\),%al
 487:	eb 0b                	jmp    0x494
 489:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 490:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 494:	ec                   	in     \(%dx\),%al
 495:	eb 0b                	jmp    0x4a2
 497:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 49e:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 4a2:	ec                   	in     \(%dx\),%al
 4a3:	eb 0b                	jmp    0x4b0
 4a5:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4ac:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 4b0:	ed                   	in     \(%dx\),%ax
 4b1:	eb 0b                	jmp    0x4be
 4b3:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4ba:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 4be:	ed                   	in     \(%dx\),%ax
 4bf:	eb 0b                	jmp    0x4cc
 4c1:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4c8:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 4cc:	ed                   	in     \(%dx\),%ax
 4cd:	eb 0b                	jmp    0x4da
 4cf:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4d6:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 4da:	66 ed                	in     \(%dx\),%eax
 4dc:	eb 0a                	jmp    0x4e8
 4de:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4e5:	0f 1f 00             	nopw   \(%bx,%si\)
 4e8:	66 ed                	in     \(%dx\),%eax
 4ea:	eb 0a                	jmp    0x4f6
 4ec:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 4f3:	0f 1f 00             	nopw   \(%bx,%si\)
 4f6:	66 ed                	in     \(%dx\),%eax
 4f8:	eb 0a                	jmp    0x504
 4fa:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 501:	0f 1f 00             	nopw   \(%bx,%si\)
 504:	e6 60                	out    %al,\$0x60
 506:	eb 0e                	jmp    0x516
 508:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 50f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 516:	e6 60                	out    %al,\$0x60
 518:	eb 0e                	jmp    0x528
 51a:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 521:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 528:	e6 60                	out    %al,\$0x60
 52a:	eb 0e                	jmp    0x53a
 52c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 533:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 53a:	e7 60                	out    %ax,\$0x60
 53c:	eb 0e                	jmp    0x54c
 53e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 545:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 54c:	e7 60                	out    %ax,\$0x60
 54e:	eb 0e                	jmp    0x55e
 550:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 557:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 55e:	e7 60                	out    %ax,\$0x60
 560:	eb 0e                	jmp    0x570
 562:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 569:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 570:	66 e7 60             	out    %eax,\$0x60
 573:	eb 0d                	jmp    0x582
 575:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 57c:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 582:	66 e7 60             	out    %eax,\$0x60
 585:	eb 0d                	jmp    0x594
 587:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 58e:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 594:	66 e7 60             	out    %eax,\$0x60
 597:	eb 0d                	jmp    0x5a6
 599:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5a0:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 5a6:	ee                   	out    %al,\(%dx\)
 5a7:	eb 0e                	jmp    0x5b7
 5a9:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5b0:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5b7:	ee                   	out    %al,\(%dx\)
 5b8:	eb 0e                	jmp    0x5c8
 5ba:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5c1:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5c8:	ee                   	out    %al,\(%dx\)
 5c9:	eb 0e                	jmp    0x5d9
 5cb:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5d2:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5d9:	ef                   	out    %ax,\(%dx\)
 5da:	eb 0e                	jmp    0x5ea
 5dc:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5e3:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5ea:	ef                   	out    %ax,\(%dx\)
 5eb:	eb 0e                	jmp    0x5fb
 5ed:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5f4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 5fb:	ef                   	out    %ax,\(%dx\)
 5fc:	eb 0e                	jmp    0x60c
 5fe:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 605:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 60c:	66 ef                	out    %eax,\(%dx\)
 60e:	eb 0d                	jmp    0x61d
 610:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 617:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 61d:	66 ef                	out    %eax,\(%dx\)
 61f:	eb 0d                	jmp    0x62e
 621:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 628:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 62e:	66 ef                	out    %eax,\(%dx\)
 630:	eb 0d                	jmp    0x63f
 632:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 639:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 63f:	0f a2                	cpuid
 641:	eb 06                	jmp    0x649
 643:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 649:	0f 01 d1             	xsetbv
 64c:	eb 06                	jmp    0x654
 64e:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 654:	0f aa                	rsm
 656:	eb 06                	jmp    0x65e
 658:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 65e:	67 0f 01 c8          	monitor %eax,%ecx,%edx
 662:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 669:	0f 01 c8             	monitor %ax,%ecx,%edx
 66c:	eb 06                	jmp    0x674
 66e:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 674:	0f 01 c9             	mwait  %eax,%ecx
 677:	eb 06                	jmp    0x67f
 679:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 67f:	0f 01 c9             	mwait  %eax,%ecx
 682:	eb 06                	jmp    0x68a
 684:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 68a:	0f 01 ca             	clac
 68d:	eb 06                	jmp    0x695
 68f:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 695:	0f 01 cb             	stac
 698:	eb 06                	jmp    0x6a0
 69a:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 6a0:	66 0f 02 d8          	lar    %eax,%ebx
 6a4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 6ab:	67 66 0f 02 5c 73 04 	lar    0x4\(%ebx,%esi,2\),%ebx
 6b2:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 6b6:	0f 02 d8             	lar    %ax,%bx
 6b9:	eb 06                	jmp    0x6c1
 6bb:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 6c1:	67 0f 02 5c 73 04    	lar    0x4\(%ebx,%esi,2\),%bx
 6c7:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 6cc:	66 0f 02 d8          	lar    %eax,%ebx
 6d0:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 6d7:	67 66 0f 02 5c 73 04 	lar    0x4\(%ebx,%esi,2\),%ebx
 6de:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 6e2:	66 0f 03 d8          	lsl    %eax,%ebx
 6e6:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 6ed:	67 66 0f 03 5c 73 04 	lsl    0x4\(%ebx,%esi,2\),%ebx
 6f4:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 6f8:	0f 03 d8             	lsl    %ax,%bx
 6fb:	eb 06                	jmp    0x703
 6fd:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 703:	67 0f 03 5c 73 04    	lsl    0x4\(%ebx,%esi,2\),%bx
 709:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 70e:	66 0f 03 d8          	lsl    %eax,%ebx
 712:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 719:	67 66 0f 03 5c 73 04 	lsl    0x4\(%ebx,%esi,2\),%ebx
 720:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 724:	0f 00 e0             	verr   %ax
 727:	eb 06                	jmp    0x72f
 729:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 72f:	67 0f 00 64 73 04    	verr   0x4\(%ebx,%esi,2\)
 735:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 73a:	0f 00 e0             	verr   %ax
 73d:	eb 06                	jmp    0x745
 73f:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 745:	67 0f 00 64 73 04    	verr   0x4\(%ebx,%esi,2\)
 74b:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 750:	0f 00 e8             	verw   %ax
 753:	eb 06                	jmp    0x75b
 755:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 75b:	67 0f 00 6c 73 04    	verw   0x4\(%ebx,%esi,2\)
 761:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 766:	0f 00 e8             	verw   %ax
 769:	eb 06                	jmp    0x771
 76b:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 771:	67 0f 00 6c 73 04    	verw   0x4\(%ebx,%esi,2\)
 777:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 77c:	63 c3                	arpl   %ax,%bx
 77e:	eb 06                	jmp    0x786
 780:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 786:	67 63 44 73 04       	arpl   %ax,0x4\(%ebx,%esi,2\)
 78b:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 790:	63 c3                	arpl   %ax,%bx
 792:	eb 06                	jmp    0x79a
 794:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 79a:	67 63 44 73 04       	arpl   %ax,0x4\(%ebx,%esi,2\)
 79f:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7a4:	06                   	push   %es
 7a5:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7aa:	66 06                	pushl  %es
 7ac:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7b0:	06                   	push   %es
 7b1:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7b6:	0e                   	push   %cs
 7b7:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7bc:	66 0e                	pushl  %cs
 7be:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7c2:	0e                   	push   %cs
 7c3:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7c8:	16                   	push   %ss
 7c9:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7ce:	66 16                	pushl  %ss
 7d0:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7d4:	16                   	push   %ss
 7d5:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7da:	1e                   	push   %ds
 7db:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7e0:	66 1e                	pushl  %ds
 7e2:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7e6:	1e                   	push   %ds
 7e7:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 7ec:	0f a0                	push   %fs
 7ee:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7f2:	66 0f a0             	pushl  %fs
 7f5:	0f 1f 00             	nopw   \(%bx,%si\)
 7f8:	0f a0                	push   %fs
 7fa:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 7fe:	0f a8                	push   %gs
 800:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 804:	66 0f a8             	pushl  %gs
 807:	0f 1f 00             	nopw   \(%bx,%si\)
 80a:	0f a8                	push   %gs
 80c:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 810:	07                   	pop    %es
 811:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 816:	66 07                	popl   %es
 818:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 81c:	07                   	pop    %es
 81d:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 822:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 827:	17                   	pop    %ss
 828:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 82d:	66 17                	popl   %ss
 82f:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 834:	17                   	pop    %ss
 835:	1f                   	pop    %ds
 836:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 83b:	66 1f                	popl   %ds
 83d:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 841:	1f                   	pop    %ds
 842:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 847:	0f a1                	pop    %fs
 849:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 84d:	66 0f a1             	popl   %fs
 850:	0f 1f 00             	nopw   \(%bx,%si\)
 853:	0f a1                	pop    %fs
 855:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 859:	0f a9                	pop    %gs
 85b:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 85f:	66 0f a9             	popl   %gs
 862:	0f 1f 00             	nopw   \(%bx,%si\)
 865:	0f a9                	pop    %gs
 867:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 86b:	cd 60                	int    \$0x60
 86d:	eb 09                	jmp    0x878
 86f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 876:	66 90                	xchg   %eax,%eax
 878:	cc                   	int3
 879:	ce                   	into
 87a:	f1                   	int1
 87b:	cd 80                	int    \$0x80
 87d:	eb 09                	jmp    0x888
 87f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 886:	66 90                	xchg   %eax,%eax
 888:	0f 20 db             	mov    %cr3,%ebx
 88b:	eb 0a                	jmp    0x897
 88d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 894:	0f 1f 00             	nopw   \(%bx,%si\)
 897:	0f 20 db             	mov    %cr3,%ebx
 89a:	eb 0a                	jmp    0x8a6
 89c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8a3:	0f 1f 00             	nopw   \(%bx,%si\)
 8a6:	0f 22 d8             	mov    %eax,%cr3
 8a9:	eb 0a                	jmp    0x8b5
 8ab:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8b2:	0f 1f 00             	nopw   \(%bx,%si\)
 8b5:	0f 22 d8             	mov    %eax,%cr3
 8b8:	eb 0a                	jmp    0x8c4
 8ba:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8c1:	0f 1f 00             	nopw   \(%bx,%si\)
 8c4:	0f 21 fb             	mov    %db7,%ebx
 8c7:	eb 0a                	jmp    0x8d3
 8c9:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8d0:	0f 1f 00             	nopw   \(%bx,%si\)
 8d3:	0f 21 fb             	mov    %db7,%ebx
 8d6:	eb 0a                	jmp    0x8e2
 8d8:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8df:	0f 1f 00             	nopw   \(%bx,%si\)
 8e2:	0f 23 f8             	mov    %eax,%db7
 8e5:	eb 0a                	jmp    0x8f1
 8e7:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8ee:	0f 1f 00             	nopw   \(%bx,%si\)
 8f1:	0f 23 f8             	mov    %eax,%db7
 8f4:	eb 0a                	jmp    0x900
 8f6:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 8fd:	0f 1f 00             	nopw   \(%bx,%si\)
 900:	0f 24 f3             	mov    %tr6,%ebx
 903:	eb 0a                	jmp    0x90f
 905:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 90c:	0f 1f 00             	nopw   \(%bx,%si\)
 90f:	0f 24 f3             	mov    %tr6,%ebx
 912:	eb 0a                	jmp    0x91e
 914:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 91b:	0f 1f 00             	nopw   \(%bx,%si\)
 91e:	0f 26 f0             	mov    %eax,%tr6
 921:	eb 0a                	jmp    0x92d
 923:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 92a:	0f 1f 00             	nopw   \(%bx,%si\)
 92d:	0f 26 f0             	mov    %eax,%tr6
 930:	eb 0a                	jmp    0x93c
 932:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 939:	0f 1f 00             	nopw   \(%bx,%si\)
 93c:	66 8c db             	mov    %ds,%ebx
 93f:	eb 09                	jmp    0x94a
 941:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 948:	66 90                	xchg   %eax,%eax
 94a:	66 8c db             	mov    %ds,%ebx
 94d:	eb 09                	jmp    0x958
 94f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 956:	66 90                	xchg   %eax,%eax
 958:	8c db                	mov    %ds,%bx
 95a:	eb 0a                	jmp    0x966
 95c:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 963:	0f 1f 00             	nopw   \(%bx,%si\)
 966:	eb 0a                	jmp    0x972
 968:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 96f:	0f 1f 00             	nopw   \(%bx,%si\)
 972:	8e d0                	mov    %ax,%ss
 974:	eb 0a                	jmp    0x980
 976:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 97d:	0f 1f 00             	nopw   \(%bx,%si\)
 980:	8e d0                	mov    %ax,%ss
 982:	eb 0a                	jmp    0x98e
 984:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 98b:	0f 1f 00             	nopw   \(%bx,%si\)
 98e:	8e d0                	mov    %ax,%ss
 990:	eb 0a                	jmp    0x99c
 992:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 999:	0f 1f 00             	nopw   \(%bx,%si\)
 99c:	67 8e 55 08          	mov    0x8\(%ebp\),%ss
 9a0:	8e d8                	mov    %ax,%ds
 9a2:	eb 0a                	jmp    0x9ae
 9a4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9ab:	0f 1f 00             	nopw   \(%bx,%si\)
 9ae:	8e d8                	mov    %ax,%ds
 9b0:	eb 0a                	jmp    0x9bc
 9b2:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9b9:	0f 1f 00             	nopw   \(%bx,%si\)
 9bc:	8e d8                	mov    %ax,%ds
 9be:	eb 0a                	jmp    0x9ca
 9c0:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9c7:	0f 1f 00             	nopw   \(%bx,%si\)
 9ca:	67 6c                	insb   \(%dx\),%es:\(%edi\)
 9cc:	eb 0a                	jmp    0x9d8
 9ce:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9d5:	0f 1f 00             	nopw   \(%bx,%si\)
 9d8:	6c                   	insb   \(%dx\),%es:\(%di\)
 9d9:	eb 0b                	jmp    0x9e6
 9db:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9e2:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 9e6:	67 6d                	insw   \(%dx\),%es:\(%edi\)
 9e8:	eb 0a                	jmp    0x9f4
 9ea:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9f1:	0f 1f 00             	nopw   \(%bx,%si\)
 9f4:	6d                   	insw   \(%dx\),%es:\(%di\)
 9f5:	eb 0b                	jmp    0xa02
 9f7:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 9fe:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 a02:	67 6d                	insw   \(%dx\),%es:\(%edi\)
 a04:	eb 0a                	jmp    0xa10
 a06:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a0d:	0f 1f 00             	nopw   \(%bx,%si\)
 a10:	67 66 6d             	insl   \(%dx\),%es:\(%edi\)
 a13:	eb 09                	jmp    0xa1e
 a15:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a1c:	66 90                	xchg   %eax,%eax
 a1e:	66 6d                	insl   \(%dx\),%es:\(%di\)
 a20:	eb 0a                	jmp    0xa2c
 a22:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a29:	0f 1f 00             	nopw   \(%bx,%si\)
 a2c:	67 6e                	outsb  %ds:\(%esi\),\(%dx\)
 a2e:	eb 0d                	jmp    0xa3d
 a30:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a37:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 a3d:	6e                   	outsb  %ds:\(%si\),\(%dx\)
 a3e:	eb 0e                	jmp    0xa4e
 a40:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a47:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a4e:	67 6f                	outsw  %ds:\(%esi\),\(%dx\)
 a50:	eb 0d                	jmp    0xa5f
 a52:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a59:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 a5f:	6f                   	outsw  %ds:\(%si\),\(%dx\)
 a60:	eb 0e                	jmp    0xa70
 a62:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a69:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a70:	67 6f                	outsw  %ds:\(%esi\),\(%dx\)
 a72:	eb 0d                	jmp    0xa81
 a74:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a7b:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 a81:	67 66 6f             	outsl  %ds:\(%esi\),\(%dx\)
 a84:	eb 0c                	jmp    0xa92
 a86:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a8d:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 a92:	66 6f                	outsl  %ds:\(%si\),\(%dx\)
 a94:	eb 0d                	jmp    0xaa3
 a96:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 a9d:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 aa3:	67 0f 01 53 04       	lgdtw  0x4\(%ebx\)
 aa8:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 aaf:	67 0f 01 54 73 04    	lgdtw  0x4\(%ebx,%esi,2\)
 ab5:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 abb:	67 66 0f 01 53 04    	lgdtl  0x4\(%ebx\)
 ac1:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 ac7:	67 0f 01 54 73 04    	lgdtw  0x4\(%ebx,%esi,2\)
 acd:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 ad3:	67 0f 01 53 04       	lgdtw  0x4\(%ebx\)
 ad8:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 adf:	67 0f 01 5b 04       	lidtw  0x4\(%ebx\)
 ae4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 aeb:	67 0f 01 5c 73 04    	lidtw  0x4\(%ebx,%esi,2\)
 af1:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 af7:	67 66 0f 01 5b 04    	lidtl  0x4\(%ebx\)
 afd:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b03:	67 0f 01 5c 73 04    	lidtw  0x4\(%ebx,%esi,2\)
 b09:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b0f:	67 0f 01 5b 04       	lidtw  0x4\(%ebx\)
 b14:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 b1b:	67 0f 01 43 04       	sgdtw  0x4\(%ebx\)
 b20:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b26:	67 0f 01 44 73 04    	sgdtw  0x4\(%ebx,%esi,2\)
 b2c:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b31:	67 66 0f 01 43 04    	sgdtl  0x4\(%ebx\)
 b37:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b3c:	67 0f 01 44 73 04    	sgdtw  0x4\(%ebx,%esi,2\)
 b42:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b47:	67 0f 01 43 04       	sgdtw  0x4\(%ebx\)
 b4c:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b52:	67 0f 01 4b 04       	sidtw  0x4\(%ebx\)
 b57:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b5d:	67 0f 01 4c 73 04    	sidtw  0x4\(%ebx,%esi,2\)
 b63:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b68:	67 66 0f 01 4b 04    	sidtl  0x4\(%ebx\)
 b6e:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b73:	67 0f 01 4c 73 04    	sidtw  0x4\(%ebx,%esi,2\)
 b79:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 b7e:	67 0f 01 4b 04       	sidtw  0x4\(%ebx\)
 b83:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 b89:	0f 00 d0             	lldt   %ax
 b8c:	eb 0e                	jmp    0xb9c
 b8e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 b95:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 b9c:	67 0f 00 54 73 04    	lldt   0x4\(%ebx,%esi,2\)
 ba2:	eb 0b                	jmp    0xbaf
 ba4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 bab:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 baf:	0f 00 d0             	lldt   %ax
 bb2:	eb 0e                	jmp    0xbc2
 bb4:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 bbb:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 bc2:	67 0f 00 54 73 04    	lldt   0x4\(%ebx,%esi,2\)
 bc8:	eb 0b                	jmp    0xbd5
 bca:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 bd1:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 bd5:	66 0f 00 c0          	sldt   %eax
 bd9:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 bde:	67 0f 00 44 73 04    	sldt   0x4\(%ebx,%esi,2\)
 be4:	0f 1f 00             	nopw   \(%bx,%si\)
 be7:	66 0f 00 c0          	sldt   %eax
 beb:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
 bf0:	0f 00 c0             	sldt   %ax
 bf3:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 bf9:	67 0f 00 44 73 04    	sldt   0x4\(%ebx,%esi,2\)
 bff:	0f 1f 00             	nopw   \(%bx,%si\)
 c02:	0f 00 d8             	ltr    %ax
 c05:	eb 0e                	jmp    0xc15
 c07:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c0e:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c15:	67 0f 00 5c 73 04    	ltr    0x4\(%ebx,%esi,2\)
 c1b:	eb 0b                	jmp    0xc28
 c1d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c24:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 c28:	0f 00 d8             	ltr    %ax
 c2b:	eb 0e                	jmp    0xc3b
 c2d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c34:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c3b:	67 0f 00 5c 73 04    	ltr    0x4\(%ebx,%esi,2\)
 c41:	eb 0b                	jmp    0xc4e
 c43:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c4a:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 c4e:	66 0f 00 c8          	str    %eax
 c52:	eb 06                	jmp    0xc5a
 c54:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 c5a:	67 0f 00 4c 73 04    	str    0x4\(%ebx,%esi,2\)
 c60:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 c66:	66 0f 00 c8          	str    %eax
 c6a:	eb 06                	jmp    0xc72
 c6c:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 c72:	0f 00 c8             	str    %ax
 c75:	eb 07                	jmp    0xc7e
 c77:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c7e:	67 0f 00 4c 73 04    	str    0x4\(%ebx,%esi,2\)
 c84:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 c8a:	0f 01 17             	lgdtw  \(%bx\)
 c8d:	eb 07                	jmp    0xc96
 c8f:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 c96:	0f 01 4a 02          	sidtw  0x2\(%bp,%si\)
 c9a:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 ca1:	ff 1f                	lcall  \*\(%bx\)
 ca3:	eb 06                	jmp    0xcab
 ca5:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 cab:	ff 6b 02             	ljmp   \*0x2\(%bp,%di\)
 cae:	eb 06                	jmp    0xcb6
 cb0:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 cb6:	66 9c                	pushfl
 cb8:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 cbc:	66 9d                	popfl
 cbe:	eb 12                	jmp    0xcd2
 cc0:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 cc7:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
 cce:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
 cd2:	66 cb                	lretl
 cd4:	0f 1f 00             	nopw   \(%bx,%si\)
 cd7:	66 0f 01 17          	lgdtl  \(%bx\)
 cdb:	eb 06                	jmp    0xce3
 cdd:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
 ce3:	66 ff 2f             	ljmpl  \*\(%bx\)
 ce6:	eb 06                	jmp    0xcee
 ce8:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
