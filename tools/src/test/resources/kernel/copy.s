# The monitor's view of the original kernel: a header {records bytes, text bytes}, a copy of the
# .afterburn records and of the .text bytes. The first link pass embeds empty files; the second embeds
# what the first produced (see kernel.ld). Assembled with -I naming the directory of the two files.
        .section .previrt_copy, "a"
        .balign 4
        .long .Lrecords_end - .Lrecords, .Ltext_end - .Ltext
.Lrecords:
        .incbin "records.bin"
.Lrecords_end:
.Ltext:
        .incbin "text.bin"
.Ltext_end:

        .section .note.GNU-stack, "", @progbits
