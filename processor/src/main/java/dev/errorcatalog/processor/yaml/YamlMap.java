package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping in document order. Keys are unique (the reader reports a repeated key and keeps the
 * first).
 */
public record YamlMap(List<Field> fields, SourcePosition position) implements YamlNode {

  /** One key and its value; the key keeps its own position (unknown keys are reported there). */
  public record Field(String key, SourcePosition keyPosition, YamlNode value) {}

  public YamlMap {
    fields = List.copyOf(fields);
  }

  @Override
  public String description() {
    return "a map";
  }

  /**
   * The field with this key, if present. A loop over the few keys of a map: the binders ask each entry of a
   * catalog for a dozen keys, and a stream per question was a sixth of loading a 5,000-entry catalog.
   */
  public Optional<Field> field(String key) {
    for (Field f : fields) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The value of this key, if present. */
  public Optional<YamlNode> get(String key) {
    return field(key).map(Field::value);
  }
}
