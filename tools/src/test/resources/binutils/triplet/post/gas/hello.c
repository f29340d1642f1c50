/* hello.c */
#include <stdio.h>
#include "previrt.h"

int
main (void)
{
  puts ("hello");
  previrt_hook ();
  return 0;
}
