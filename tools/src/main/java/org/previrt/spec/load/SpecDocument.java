package org.previrt.spec.load;

import org.snakeyaml.engine.v2.nodes.Node;

/** One spec file as parsed YAML: its name for messages, and its node tree (lines kept). */
public record SpecDocument(String file, Node root) {
}
