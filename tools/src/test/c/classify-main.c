/* classify-main.c -- runs gas's previrt classifier (tc-i386-previrt-classify.c with the generated
   tc-i386-previrt.h) over byte strings, for previrt's decoder-agreement test.
   Input lines: MODE HEX-BYTE...   (MODE 16 or 32).  Output lines: NAME LENGTH, or "-".  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tc-i386-previrt.h"
#include "tc-i386-previrt-classify.c"

int
main (void)
{
  char line[512];

  (void) previrt_nops;
  while (fgets (line, sizeof line, stdin) != NULL)
    {
      unsigned char b[64];
      int n = 0, len = 0;
      char *p = line, *q;
      long mode = strtol (p, &q, 10);
      const struct previrt_form *f;

      for (p = q; n < (int) sizeof b; p = q)
	{
	  long v = strtol (p, &q, 16);

	  if (q == p)
	    break;
	  b[n++] = (unsigned char) v;
	}
      f = previrt_classify_bytes (b, n, mode == 16, &len);
      if (f != NULL)
	printf ("%s %d\n", f->name, len);
      else
	printf ("-\n");
    }
  return 0;
}
