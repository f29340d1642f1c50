package org.previrt.audit;

/** One {@code .afterburn} record: the site {@code [start, end)} in a section of the pack object. */
record Site(String section, long start, long end) {
}
