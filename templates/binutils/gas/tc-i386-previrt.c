/* tc-i386-previrt.c -- previrt sites in i386 gas (-mprevirt).
   Part of previrt's patch to gas (templates/binutils/gas/ in previrt; this file is copied as is, only
   the table tc-i386-previrt.h is generated).  Included from tc-i386.c after the instruction state
   `i' and `flag_code'.

   With -mprevirt every sensitive instruction becomes a site exactly as the previrt macro packs
   make it: the instruction as gas encodes it, NOPs up to the form's scratch size from the
   packs' NOP table (one NOP, or a short jmp over NOPs; plain 0x90 bytes with -mprevirt-nop1),
   and a record {start, end} in the non-allocated section .afterburn (-mprevirt=typed: also
   {start, end, kind:16, insn_len:8, insn_off:8} in .afterburn.typed).  Forms with an interrupt
   shadow (sti, mov to %ss, pop %ss) get their NOPs in front of the instruction instead, so the
   instruction the shadow covers still follows it directly.
   The form is decided on the bytes output_insn () has just written, by
   tc-i386-previrt-classify.c and the table tc-i386-previrt.h generated from previrt's isa-specs.
   A data statement in a code section (`.byte 0x0f,0x01,0xca' for clac) whose bytes are exactly one
   sensitive instruction becomes a site too, padded before the next statement starts (so a label
   after it still marks the end of the site).
   .previrt_off / .previrt_on switch annotation off and on.  Not changed: .code64 and
   instructions split by variable-size frags (e.g. -malign-branch padding).  */

#include "tc-i386-previrt.h"
#include "tc-i386-previrt-classify.c"

enum previrt_mode
{
  previrt_mode_none,
  previrt_mode_afterburn,
  previrt_mode_typed
};

static enum previrt_mode previrt_mode = previrt_mode_none;
static int previrt_nop1;
static int previrt_suppressed;
static int previrt_yield_to_pack;
static int previrt_armed;
static fragS *previrt_start_frag;
static fixS *previrt_fix_tail;

/* A prefix written as a statement of its own (`rep; outsl', `ds; cli'): where it starts and ends,
   so that a sensitive instruction right after it starts its site at the prefix byte.  */
static int previrt_prefix_pending;
static fragS *previrt_prefix_frag, *previrt_prefix_end_frag;
static valueT previrt_prefix_off, previrt_prefix_end_off;
static segT previrt_prefix_seg;
static subsegT previrt_prefix_subseg;
static valueT previrt_start_off;
static segT previrt_start_seg;
static subsegT previrt_start_subseg;

/* .previrt_off (ON == 0) and .previrt_on (ON == 1).  */

static void
s_previrt (int on)
{
  previrt_suppressed = !on;
  demand_empty_rest_of_line ();
}

static void previrt_fill_first (void);

/* -mprevirt[=afterburn|typed|none] and -mprevirt-nop1.  */

static int
previrt_parse_option (int nop1, const char *arg)
{
  if (nop1)
    previrt_nop1 = 1;
  else if (arg == NULL || strcasecmp (arg, "afterburn") == 0)
    previrt_mode = previrt_mode_afterburn;
  else if (strcasecmp (arg, "typed") == 0)
    previrt_mode = previrt_mode_typed;
  else if (strcasecmp (arg, "none") == 0)
    previrt_mode = previrt_mode_none;
  else
    as_fatal (_("invalid -mprevirt= option: `%s'"), arg);
  if (previrt_mode != previrt_mode_none)
    previrt_fill_first ();
  return 1;
}

static void
previrt_show_usage (FILE *stream)
{
  fprintf (stream, _("\
  -mprevirt[=afterburn|typed|none] (default: none; -mprevirt: afterburn)\n\
                          make every sensitive instruction a previrt site:\n\
                          NOPs up to its scratch size and a record in\n\
                          .afterburn (typed: also in .afterburn.typed)\n"));
  fprintf (stream, _("\
  -mprevirt-nop1          pad previrt sites with one-byte NOPs\n"));
}

/* Whether sites are made here: -mprevirt, not switched off, 16- or 32-bit code (.code64 is left
   alone), a real section, no macro pack making them already.  */

static int
previrt_active (void)
{
  return previrt_mode != previrt_mode_none
	 && !previrt_suppressed
	 && flag_code != CODE_64BIT
	 && now_seg != absolute_section
	 && !previrt_yield_to_pack;
}

/* Remember where a site would start: here, or at a prefix statement that ends here.  */

static void
previrt_mark_start (void)
{
  /* Room for the longest instruction and its padding in this frag, so that padding in front of
     the instruction can be made by moving its bytes (a new frag, if any, starts here).  */
  frag_grow (2 * PREVIRT_MAX_INSN + 64);
  previrt_start_frag = frag_now;
  previrt_start_off = frag_now_fix ();
  previrt_fix_tail = frchain_now->fix_tail;
  if (previrt_prefix_pending
      && now_seg == previrt_prefix_seg && now_subseg == previrt_prefix_subseg
      && ((frag_now == previrt_prefix_end_frag && (valueT) frag_now_fix () == previrt_prefix_end_off)
	  || (previrt_prefix_end_frag->fr_next == frag_now && frag_now_fix () == 0
	      && (valueT) previrt_prefix_end_frag->fr_fix == previrt_prefix_end_off)))
    {
      previrt_start_frag = previrt_prefix_frag;
      previrt_start_off = previrt_prefix_off;
    }
  previrt_prefix_pending = 0;
  previrt_start_seg = now_seg;
  previrt_start_subseg = now_subseg;
}

/* Called before output_insn (): the site starts at the first byte the
   instruction writes, prefixes on the same line included.  */

static void
previrt_insn_begin (void)
{
  previrt_armed = 0;
  if (!previrt_active ())
    return;
  previrt_mark_start ();
  previrt_armed = 1;
}

/* A data statement (.byte, .fill, ...) in a code section: md_cons_align calls this before it
   emits anything; previrt_statement_begin decides when the statement is over.  */

static int previrt_data_armed;

static void
previrt_data_begin (void)
{
  previrt_data_armed = 0;
  if (!previrt_active () || !(bfd_section_flags (now_seg) & SEC_CODE))
    return;
  previrt_mark_start ();
  previrt_data_armed = 1;
}

static void previrt_site_end (int data);

/* md_start_line_hook: a statement starts, so the data statement before it, if any, has ended. Its
   padding goes here, before this statement's labels.  */

void
previrt_statement_begin (void)
{
  if (!previrt_data_armed)
    return;
  previrt_data_armed = 0;
  previrt_site_end (1);
}

/* md_cleanup (x86_cleanup), at the end of each input file: its last statement may be a data
   statement.  */

static void previrt_generation_record (void);

static void
previrt_input_end (void)
{
  previrt_statement_begin ();
  previrt_generation_record ();
}

/* Copy the bytes written since previrt_insn_begin () into BUF (at most MAX).
   Returns their number, or -1 when a variable-size frag lies in between.  */

static int
previrt_insn_bytes (unsigned char *buf, int max)
{
  fragS *f = previrt_start_frag;
  valueT off = previrt_start_off;
  int n = 0;

  for (;;)
    {
      valueT end;

      if (f == frag_now)
	end = frag_now_fix ();
      else if (f->fr_type != rs_fill || (f->fr_offset != 0 && f->fr_var != 0))
	return -1;
      else
	end = f->fr_fix;
      for (; off < end; off++, n++)
	if (n < max)
	  buf[n] = f->fr_literal[off];
      if (f == frag_now)
	return n;
      f = f->fr_next;
      off = 0;
      if (f == NULL)
	return -1;
    }
}

static int
previrt_only_prefixes (const unsigned char *b, int n)
{
  int k;

  for (k = 0; k < n; k++)
    if (!previrt_is_legacy_prefix (b[k]))
      return 0;
  return 1;
}

/* First opcode bytes (after legacy prefixes) of all forms, and second bytes of the 0f forms (gcc
   writes many 0f instructions: jcc rel32, movzx, setcc, cmov), filled when -mprevirt is given.  */
static unsigned char previrt_first[256];
static unsigned char previrt_second_0f[256];
/* For one-byte opcodes used only with a ModRM digit (ff /3 lcall, ff /5 ljmp), the digits as a
   bit mask: `call *%eax' and `push 4(%ebp)' are ff too.  */
static unsigned char previrt_digits[256];
static unsigned char previrt_any_digit[256];

static void
previrt_fill_first (void)
{
  size_t k;

  for (k = 0; k < ARRAY_SIZE (previrt_forms); k++)
    {
      const struct previrt_form *f = &previrt_forms[k];

      previrt_first[f->opcode[0]] = 1;
      if (f->opcode[0] == 0x0f && f->len > 1)
	previrt_second_0f[f->opcode[1]] = 1;
      if (f->len == 1 && f->mod != PREVIRT_MOD_NONE)
	previrt_digits[f->opcode[0]] |= f->reg_mask;
      else
	previrt_any_digit[f->opcode[0]] = 1;
    }
}

/* The form of the instruction gas encoded as B[0..N), or NULL.  */
static const struct previrt_form *
previrt_classify (const unsigned char *b, int n)
{
  const struct previrt_form *f;
  int len = 0;

  /* Nearly every instruction fails on its first opcode byte: test that in a 256-entry map before
     walking the table, which otherwise costs thousands of instructions per ordinary mov.  */
  {
    int p = 0;

    while (p < n && previrt_is_legacy_prefix (b[p]))
      p++;
    if (p >= n || !previrt_first[b[p]])
      return NULL;
  }
  f = previrt_classify_bytes (b, n, flag_code == CODE_16BIT, &len);
  /* gas wrote one whole instruction: a form that reads it as longer or shorter is not it.  */
  return f != NULL && len == n ? f : NULL;
}

/* N bytes of padding at P: the NOP of that length, or a short jmp over NOPs (longest first);
   N plain 0x90 with -mprevirt-nop1.  The packs' pv_pad macro does the same.  */

static void
previrt_pad (char *p, int n)
{
  if (previrt_nop1)
    memset (p, 0x90, n);
  else if (n <= PREVIRT_NOP_LONGEST)
    memcpy (p, previrt_nops[n - 1], n);
  else
    {
      p[0] = PREVIRT_NOP_JUMP;
      p[1] = n - 2;
      for (p += 2, n -= 2; n > 0; )
	{
	  int k = n < PREVIRT_NOP_LONGEST ? n : PREVIRT_NOP_LONGEST;

	  memcpy (p, previrt_nops[k - 1], k);
	  p += k;
	  n -= k;
	}
    }
}

/* Put PAD bytes of padding in front of the N instruction bytes just written: grow the frag, move
   the bytes up, and move the fixups output_insn () made for them.  Returns 0 when the
   instruction does not lie in the current frag.  */

static int
previrt_pad_in_front (int n, int pad)
{
  char *insn;
  fixS *fx;

  if (previrt_start_frag != frag_now
      || (valueT) frag_now_fix () != previrt_start_off + n
      || obstack_room (&frchain_now->frch_obstack) < (size_t) pad)
    return 0;
  frag_more (pad);
  insn = frag_now->fr_literal + previrt_start_off;
  memmove (insn + pad, insn, n);
  previrt_pad (insn, pad);
  for (fx = previrt_fix_tail ? previrt_fix_tail->fx_next : frchain_now->fix_root;
       fx != NULL; fx = fx->fx_next)
    {
      if (fx->fx_frag == frag_now && (valueT) fx->fx_where >= previrt_start_off)
	fx->fx_where += pad;
      if (fx->fx_dot_frag == frag_now && fx->fx_dot_value >= previrt_start_off)
	fx->fx_dot_value += pad;
    }
  return 1;
}

/* .pushsection NAME,"",@progbits; .balign 4; the record's fields; .popsection.  The layout
   (offsets, sizes) comes from the generated header, i.e. isa-specs/vocabulary/records.yaml.  */

/* A 4-byte address field at P of the current frag, resolved by an R_386_32 fixup to SYM.  */

static void
previrt_address (char *p, symbolS *sym)
{
  fix_new (frag_now, p - frag_now->fr_literal, 4, sym, 0, 0, BFD_RELOC_32);
}

static void
previrt_record (const char *name, symbolS *start, symbolS *end,
		int typed, unsigned int kind, unsigned int len, unsigned int off)
{
  segT seg = now_seg;
  subsegT subseg = now_subseg;
  int fresh = bfd_get_section_by_name (stdoutput, name) == NULL;
  segT sec = subseg_new (name, 0);
  char *p;

  if (fresh)
    {
      bfd_set_section_flags (sec, SEC_RELOC | SEC_READONLY);
      elf_section_type (sec) = SHT_PROGBITS;
    }
  frag_align (2, 0, 0);
  record_alignment (sec, 2);

  if (!typed)
    {
      p = frag_more (PREVIRT_RECORD_SIZE);
      memset (p, 0, PREVIRT_RECORD_SIZE);
      previrt_address (p + PREVIRT_START_AT, start);
      previrt_address (p + PREVIRT_END_AT, end);
    }
  else
    {
      p = frag_more (PREVIRT_TYPED_RECORD_SIZE);
      memset (p, 0, PREVIRT_TYPED_RECORD_SIZE);
      previrt_address (p + PREVIRT_TYPED_START_AT, start);
      previrt_address (p + PREVIRT_TYPED_END_AT, end);
      md_number_to_chars (p + PREVIRT_TYPED_KIND_AT, kind, PREVIRT_TYPED_KIND_BYTES);
      md_number_to_chars (p + PREVIRT_TYPED_INSN_LEN_AT, len, PREVIRT_TYPED_INSN_LEN_BYTES);
      md_number_to_chars (p + PREVIRT_TYPED_INSN_OFF_AT, off, PREVIRT_TYPED_INSN_OFF_BYTES);
    }

  subseg_set (seg, subseg);
}

/* Called after output_insn (): pad and record the site if the instruction
   just written is sensitive.  */

static void
previrt_insn_end (void)
{
  if (!previrt_armed)
    return;
  previrt_armed = 0;
  previrt_site_end (0);
}

/* Pad and record the site that starts at previrt_start_* if the bytes written since (by one
   instruction, or by one data statement when DATA) are exactly one sensitive form.  */

static void
previrt_site_end (int data)
{
  unsigned char buf[PREVIRT_MAX_INSN];
  const struct previrt_form *form;
  symbolS *start, *end;
  int n, off;

  if (now_seg != previrt_start_seg || now_subseg != previrt_start_subseg)
    return;
  /* Fast path: nearly every instruction fails on its first opcode byte; test it in place before
     copying anything (this keeps -mprevirt near the cost of plain gas).  */
  if (previrt_start_frag == frag_now)
    {
      const unsigned char *b = (const unsigned char *) frag_now->fr_literal + previrt_start_off;
      int len = (int) (frag_now_fix () - previrt_start_off), p = 0;

      while (p < len && previrt_is_legacy_prefix (b[p]))
	p++;
      if (p < len && !previrt_first[b[p]])
	return;
      if (p + 1 < len && b[p] == 0x0f && !previrt_second_0f[b[p + 1]])
	return;
      if (p + 1 < len && !previrt_any_digit[b[p]]
	  && !(previrt_digits[b[p]] & (1 << ((b[p + 1] >> 3) & 7))))
	return;
    }
  n = previrt_insn_bytes (buf, sizeof buf);
  if (n <= 0 || n > (int) sizeof buf)
    return;
  if (!data && previrt_only_prefixes (buf, n))
    {
      /* Remember a prefix statement (or a prefix run that begins at an earlier one).  */
      previrt_prefix_pending = 1;
      previrt_prefix_frag = previrt_start_frag;
      previrt_prefix_off = previrt_start_off;
      previrt_prefix_end_frag = frag_now;
      previrt_prefix_end_off = frag_now_fix ();
      previrt_prefix_seg = now_seg;
      previrt_prefix_subseg = now_subseg;
      return;
    }
  form = previrt_classify (buf, n);
  if (form == NULL)
    return;
  /* Asked only at sensitive instructions: a symbol lookup per instruction is a measurable cost.  */
  if (symbol_find (".Lpv_pack_loaded") != NULL)
    {
      previrt_yield_to_pack = 1;
      as_warn (_("previrt macro pack loaded: -mprevirt leaves the sites to it"));
      return;
    }

  start = symbol_temp_new (now_seg, previrt_start_frag, previrt_start_off);
  off = 0;
  if (form->pad_before > 0)
    {
      if (!previrt_pad_in_front (n, form->pad_before))
	return;
      off = form->pad_before;
    }
  else if (n < form->scratch)
    previrt_pad (frag_more (form->scratch - n), form->scratch - n);
  end = symbol_temp_new_now ();

  previrt_record (PREVIRT_SECTION, start, end, 0, 0, 0, 0);
  if (previrt_mode == previrt_mode_typed)
    previrt_record (PREVIRT_TYPED_SECTION, start, end, 1, form->kind, n, off);
}

/* The generation record (records.yaml: generation), once per object and also in an object without a
   site: the id of the packs generated with this table, the variant and -mprevirt-nop1.  The ld
   wrapper refuses objects with code that lack it.  A loaded pack writes its own.  */

static void
previrt_generation_record (void)
{
  static int done;
  segT seg = now_seg;
  subsegT subseg = now_subseg;
  segT sec;
  char *p;

  if (done || previrt_mode == previrt_mode_none || symbol_find (".Lpv_pack_loaded") != NULL)
    return;
  done = 1;
  sec = subseg_new (PREVIRT_GENERATION_SECTION, 0);
  bfd_set_section_flags (sec, SEC_READONLY);
  elf_section_type (sec) = SHT_PROGBITS;
  frag_align (2, 0, 0);
  record_alignment (sec, 2);
  p = frag_more (PREVIRT_GENERATION_RECORD_SIZE);
  memset (p, 0, PREVIRT_GENERATION_RECORD_SIZE);
  md_number_to_chars (p + PREVIRT_GENERATION_ID_LO_AT, PREVIRT_GENERATION_ID_LO,
		      PREVIRT_GENERATION_ID_LO_BYTES);
  md_number_to_chars (p + PREVIRT_GENERATION_ID_HI_AT, PREVIRT_GENERATION_ID_HI,
		      PREVIRT_GENERATION_ID_HI_BYTES);
  md_number_to_chars (p + PREVIRT_GENERATION_VARIANT_AT,
		      previrt_mode == previrt_mode_typed ? PREVIRT_GENERATION_TYPED : 0,
		      PREVIRT_GENERATION_VARIANT_BYTES);
  md_number_to_chars (p + PREVIRT_GENERATION_FLAGS_AT,
		      previrt_nop1 ? PREVIRT_GENERATION_FLAG_NOP1 : 0,
		      PREVIRT_GENERATION_FLAGS_BYTES);
  subseg_set (seg, subseg);
}
