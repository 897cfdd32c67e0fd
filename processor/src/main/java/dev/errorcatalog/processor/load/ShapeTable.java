package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shapes entries may name: the declared ones and the built-ins. Remembers which built-ins are used
 * (the model lists only those) and which declared names were broken (already reported: entries naming
 * them get no second error).
 */
final class ShapeTable {

  private final String file;
  private final Map<String, Shape> declared = new LinkedHashMap<>();
  private final Set<String> broken = new LinkedHashSet<>();
  private final Set<String> usedBuiltIns = new LinkedHashSet<>();

  ShapeTable(String file) {
    this.file = file;
  }

  void declare(Shape shape) {
    declared.put(shape.name(), shape);
  }

  /**
   * EC018 when the shape reads an array by a fixed index ({@code /errors/0/code}) that a shape (this one or one
   * declared before) reads through {@code *}, or the other way round: a decoder reads each array one way. True when
   * it does not.
   */
  boolean readsArraysOneWay(Shape shape, NodeReader reader) {
    Map<String, String> byStar = new LinkedHashMap<>();
    Map<String, String> byIndex = new LinkedHashMap<>();
    List<Shape> all = new ArrayList<>(declared.values());
    all.add(shape);
    for (Shape s : all) {
      for (String pointer : s.pointers()) {
        Shape.arrayOf(pointer).ifPresent(a -> byStar.putIfAbsent(a, pointer));
        for (String array : Pointers.indexedArrays(pointer)) {
          byIndex.putIfAbsent(array, pointer);
        }
      }
    }
    for (String pointer : shape.pointers()) {
      List<String> arrays = new ArrayList<>(Pointers.indexedArrays(pointer));
      Shape.arrayOf(pointer).ifPresent(arrays::add);
      for (String array : arrays) {
        String starred = byStar.get(array);
        String indexed = byIndex.get(array);
        if (starred != null && indexed != null && (pointer.equals(starred) || pointer.equals(indexed))) {
          reader.add(DiagnosticId.BAD_POINTER.error(shape.position(), "the shape " + Shown.quoted(shape.name())
                  + " reads the array " + Shown.quoted(array) + " at a fixed index (" + Shown.quoted(indexed)
                  + ") and through '*' (" + Shown.quoted(starred) + "); a catalog reads an array one way.",
              "Write every pointer into " + Shown.quoted(array) + " with '*' (every element) or every one with an"
                  + " index (fixed positions)."));
          declareBroken(shape.name());
          return false;
        }
      }
    }
    return true;
  }

  void declareBroken(String name) {
    broken.add(name);
  }

  /** The shape named by {@code name}, EC017 when no such shape exists; empty also for broken ones. */
  Optional<Shape> resolve(YamlScalar name, String what, NodeReader reader) {
    String text = name.text();
    Shape shape = declared.get(text);
    if (shape != null) {
      return Optional.of(shape);
    }
    if (text.equals(CatalogKeys.EMPTY_SHAPE) || text.equals(CatalogKeys.TEXT_SHAPE)) {
      return Optional.of(builtIn(text));
    }
    if (!broken.contains(text)) {
      List<String> known = new ArrayList<>(declared.keySet());
      known.addAll(broken);
      known.add(CatalogKeys.EMPTY_SHAPE);
      known.add(CatalogKeys.TEXT_SHAPE);
      reader.add(DiagnosticId.UNKNOWN_SHAPE.error(name.position(),
          what + " names the shape " + Shown.quoted(text) + ", which is not declared." + DidYouMean.hint(text, known),
          "Declare it under 'shapes:', or use one of: " + String.join(", ", known) + "."));
    }
    return Optional.empty();
  }

  /** A built-in shape, remembered as used. */
  Shape builtIn(String name) {
    usedBuiltIns.add(name);
    return ShapeBinder.builtIn(name, file);
  }

  /** The declared shapes in declaration order, then the built-ins that were used (empty before text). */
  List<Shape> modelShapes() {
    List<Shape> out = new ArrayList<>(declared.values());
    for (String name : List.of(CatalogKeys.EMPTY_SHAPE, CatalogKeys.TEXT_SHAPE)) {
      if (usedBuiltIns.contains(name)) {
        out.add(ShapeBinder.builtIn(name, file));
      }
    }
    return out;
  }
}
