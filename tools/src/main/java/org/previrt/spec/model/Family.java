package org.previrt.spec.model;

import java.util.List;

/** The forms of one spec file, in file order. */
public record Family(String name, String summary, String file, List<Form> forms) {
}
