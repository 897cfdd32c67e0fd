package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * A node of a YAML document with the place it stands in its file. The tree is deliberately small: the
 * catalog format needs only scalars, maps with scalar keys, and lists.
 */
public sealed interface YamlNode permits YamlScalar, YamlMap, YamlList {

  /** Where the node starts (for a scalar, its first character, the quote included). */
  SourcePosition position();

  /** How a diagnostic names this kind of node: "a map", "a list", "an integer". */
  String description();
}
