package org.previrt.sites;

import org.previrt.spec.model.Form;

/** One way to read a site's leading bytes: the form, whether the code is taken as 16-bit ({@code .code16}), the length. */
public record DecodedInstruction(Form form, boolean code16, int length) {
}
