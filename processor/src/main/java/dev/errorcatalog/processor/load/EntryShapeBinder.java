package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** An entry's shape ({@code shape:}, else the defaults', else {@code empty}), and what the entry asks of it. */
final class EntryShapeBinder {

  private EntryShapeBinder() {}

  /** {@code shape:}, else {@code defaults.shape}, else {@code empty} for entries without a message. */
  static Optional<Shape> shape(YamlMap map, String where, ShapeTable shapes, EntryBinder.Defaults defaults,
      NodeReader reader) {
    Optional<YamlNode> node = map.get("shape");
    if (node.isPresent()) {
      return reader.string(node.get(), "'shape' of " + where)
          .filter(s -> !reader.strayCharacter(s.text(), s.position(), "'shape' of " + where, "shape"))
          .flatMap(s -> shapes.resolve(s, "'shape' of " + where, reader));
    }
    if (defaults.shape().isPresent()) {
      return defaults.shape();
    }
    if (defaults.shapeBroken()) {
      return Optional.empty();
    }
    if (map.get("message").isPresent()) {
      reader.add(DiagnosticId.MISSING_KEY.error(map.field("message").get().keyPosition(),
          where + " has a message but no shape, and the catalog has no 'defaults: shape:'.",
          "Say where the body carries the message: add 'shape:' naming a shape with a 'message' pointer"
              + " (or shape: text for plain-text bodies), or set 'shape:' under 'defaults:'."));
      return Optional.empty();
    }
    return Optional.of(shapes.builtIn(CatalogKeys.EMPTY_SHAPE));
  }

  /**
   * What an entry asks of its shape: one that carries its message and its constants, a sub-code pointer for its
   * sub-code; and its examples JSON where the shape's bodies are.
   */
  static void checkFits(YamlMap map, Shape shape, String where, boolean hasWhen, Optional<YamlScalar> subcodeNode,
      List<YamlScalar> examples, NodeReader reader) {
    checkShapeFits(map, shape, where, hasWhen, reader);
    if (subcodeNode.isPresent() && shape.subcode().isEmpty()) {
      SourcePosition at = map.get("shape").map(YamlNode::position).orElse(subcodeNode.get().position());
      reader.add(DiagnosticId.BAD_VALUE.error(at,
          EntryTextBinder.capitalized(where) + " has a sub-code, but its shape '" + shape.name() + "'"
              + (map.get("shape").isEmpty() ? " (from defaults)" : "") + " has no 'subcode' pointer.",
          "Add to the shape the pointer at which bodies carry the sub-code, e.g. subcode: /error/decline_code."));
    }
    if (shape.body() == BodyKind.JSON) {
      int i = 1;
      for (YamlScalar example : examples) {
        ExampleJson.check(example, "example " + i++ + " of " + where, reader.diagnostics());
      }
    }
  }

  /** An entry's message and constants need a shape that carries them. */
  private static void checkShapeFits(YamlMap map, Shape shape, String where, boolean hasWhen, NodeReader reader) {
    boolean carriesMessage = shape.body() == BodyKind.TEXT
        || (shape.body() == BodyKind.JSON && shape.message().isPresent());
    SourcePosition shapeAt = map.get("shape").map(YamlNode::position).orElse(null);
    if (map.get("message").isPresent() && !carriesMessage) {
      SourcePosition at = shapeAt != null ? shapeAt : map.get("message").get().position();
      reader.add(DiagnosticId.BAD_VALUE.error(at,
          where + " has a message, but its shape '" + shape.name() + "'"
              + (shapeAt == null ? " (from defaults)" : "") + " carries no message"
              + (shape.body() == BodyKind.JSON ? " (it has no 'message' pointer)." : " (its body is "
                  + CatalogKeys.yamlName(shape.body()) + ")."),
          "Name a shape with a 'message' pointer, or shape: text for plain-text bodies; or remove the message."));
    }
    if (hasWhen && shape.body() != BodyKind.JSON) {
      reader.add(DiagnosticId.BAD_VALUE.error(map.field("when").get().keyPosition(),
          where + " has 'when' constants, but its shape '" + shape.name() + "' has a "
              + CatalogKeys.yamlName(shape.body()) + " body, which has no fields.",
          "Remove 'when', or name a JSON shape."));
    }
  }
}
