package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, SourcePosition position) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String description() {
    return "a list";
  }
}
