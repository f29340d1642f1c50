/* tc-i386-previrt-classify.c -- which previrt form an encoded x86-32 instruction is.
   Part of previrt's patch to gas (-mprevirt), included by tc-i386-previrt.c.  Plain C that needs
   only <string.h> and the generated table tc-i386-previrt.h, so previrt's tests compile and run it
   against the same byte strings as its Java decoder (org.previrt.decode.FormDecoder) and objdump.

   The rules, one per key of a form's encoding in previrt's isa-specs:
   - legacy prefixes are skipped; 0x66 toggles the operand size of the mode, 0x67 its address size;
   - prefix: a mandatory 66/f2/f3 must be among them (a mandatory 66 does not change the operand
     size); rows with a mandatory prefix come first in the table, so f3 0f 09 is wbnoinvd;
   - opsize: the effective operand size must be the form's;  modes: the code size must be listed;
   - the opcode bytes follow the prefixes;
   - mod / reg_mask: the ModRM byte's mod (mem: not 3) and reg field must be accepted;
   - the length adds ModRM, SIB and displacement (none when mod is ignored) and immediates.
   No two rows with the same prefix accept the same bytes (previrt's spec validator checks it).  */

static int
previrt_is_legacy_prefix (unsigned char b)
{
  return memchr (previrt_legacy_prefixes, b, sizeof previrt_legacy_prefixes) != NULL;
}

/* Bytes of ModRM, SIB and displacement at B[0..N), or -1 when they are cut off.  */

static int
previrt_modrm_length (const unsigned char *b, int n, int addr32)
{
  int mod = b[0] >> 6, rm = b[0] & 7, len = 1;

  if (mod == 3)
    return 1;
  if (!addr32)
    len += mod == 1 ? 1 : mod == 2 ? 2 : rm == 6 ? 2 : 0;
  else
    {
      if (rm == 4)
	{
	  if (n < 2)
	    return -1;
	  len++;
	  if (mod == 0 && (b[1] & 7) == 5)
	    len += 4;
	}
      else if (mod == 0 && rm == 5)
	len += 4;
      len += mod == 1 ? 1 : mod == 2 ? 4 : 0;
    }
  return len;
}

/* The form of the instruction at B[0..N) in 16-bit (CODE16) or 32-bit code, or NULL.  *LENGTH gets
   the instruction's length (possibly more than N when the bytes end early).  */

static const struct previrt_form *
previrt_classify_bytes (const unsigned char *b, int n, int code16, int *length)
{
  int p = 0, has66 = 0, has67 = 0, hasf2 = 0, hasf3 = 0;
  size_t k;

  while (p < n && p < PREVIRT_MAX_INSN && previrt_is_legacy_prefix (b[p]))
    {
      has66 |= b[p] == 0x66;
      has67 |= b[p] == 0x67;
      hasf2 |= b[p] == 0xf2;
      hasf3 |= b[p] == 0xf3;
      p++;
    }

  for (k = 0; k < sizeof previrt_forms / sizeof previrt_forms[0]; k++)
    {
      const struct previrt_form *f = &previrt_forms[k];
      int size16, at, len;

      if (!(f->modes & (code16 ? PREVIRT_MODE_16 : PREVIRT_MODE_32)))
	continue;
      if ((f->prefix == 0x66 && !has66) || (f->prefix == 0xf2 && !hasf2)
	  || (f->prefix == 0xf3 && !hasf3))
	continue;
      size16 = (has66 && f->prefix != 0x66) != code16;
      if ((f->opsize == PREVIRT_OPSIZE_16 && !size16)
	  || (f->opsize == PREVIRT_OPSIZE_32 && size16))
	continue;
      if (p + f->len > n || memcmp (b + p, f->opcode, f->len) != 0)
	continue;
      at = p + f->len;
      if (f->mod != PREVIRT_MOD_NONE)
	{
	  unsigned char m;

	  if (at >= n)
	    continue;
	  m = b[at];
	  if (!(f->reg_mask & (1 << ((m >> 3) & 7))))
	    continue;
	  if (f->mod == PREVIRT_MOD_MEM && (m >> 6) == 3)
	    continue;
	  len = f->mod == PREVIRT_MOD_IGNORED ? 1
		: previrt_modrm_length (b + at, n - at, has67 == code16);
	  if (len < 0)
	    continue;
	  at += len;
	}
      at += f->imm_bytes;
      if (f->imm_far)
	at += size16 ? 4 : 6;
      *length = at;
      return f;
    }
  return NULL;
}
