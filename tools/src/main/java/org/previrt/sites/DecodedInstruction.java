package org.previrt.sites;

import org.previrt.model.Form;

/**
 * One way to read a site's leading bytes: the form, whether the code is taken as 16-bit ({@code .code16}),
 * the instruction length in bytes and how specific the opcode match was (higher is more specific).
 */
public record DecodedInstruction(Form form, boolean code16, int length, int score) {
}
