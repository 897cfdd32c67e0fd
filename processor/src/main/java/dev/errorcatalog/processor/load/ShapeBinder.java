package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.model.WaitHint;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds one shape declared under {@code shapes:}, and builds the built-in shapes. */
final class ShapeBinder {

  private ShapeBinder() {}

  /** A built-in shape ({@code empty} or {@code text}), positioned at the top of the catalog. */
  static Shape builtIn(String name, String file) {
    BodyKind body = name.equals(CatalogKeys.TEXT_SHAPE) ? BodyKind.TEXT : BodyKind.EMPTY;
    return new Shape(name, body, Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty(),
        new SourcePosition(file, 1, 1), Optional.empty());
  }

  /** The shape, or empty after reporting its mistakes. */
  static Optional<Shape> bind(YamlMap.Field declaration, NodeReader reader) {
    String name = declaration.key();
    String where = "shape " + Shown.quoted(name);
    int before = reader.diagnostics().mark();
    if (name.equals(CatalogKeys.EMPTY_SHAPE) || name.equals(CatalogKeys.TEXT_SHAPE)) {
      reader.add(DiagnosticId.BAD_VALUE.error(declaration.keyPosition(),
          Shown.quoted(name) + " is a built-in shape and cannot be declared again.",
          "Use it without declaring it (shape: " + name + "), or give your shape another name."));
    } else if (name.isBlank()) {
      reader.add(DiagnosticId.BAD_VALUE.error(declaration.keyPosition(), "a shape has an empty name.",
          "Name it, e.g. error-text."));
    } else {
      reader.strayCharacter(name, declaration.keyPosition(), "the shape name", "");
    }
    Optional<YamlMap> found = reader.map(declaration.value(), where);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = found.get();
    reader.checkKeys(map, CatalogKeys.SHAPE, "a shape");

    BodyKind body = BodyKind.JSON;
    Optional<YamlMap.Field> bodyField = map.field("body");
    if (bodyField.isPresent()) {
      body = bodyKind(bodyField.get().value(), where, reader).orElse(BodyKind.JSON);
    }
    Optional<String> code = pointer(map, "code", where, reader);
    Optional<String> subcode = pointer(map, "subcode", where, reader);
    if (subcode.isPresent() && code.isEmpty()) {
      map.field("subcode").ifPresent(f -> reader.add(DiagnosticId.BAD_VALUE.error(f.keyPosition(),
          "'subcode' of " + where + " refines the code, but the shape has no 'code' pointer.",
          "Add the pointer of the code the sub-code refines, e.g. code: /error/code.")));
    }
    Optional<String> message = pointer(map, "message", where, reader);
    Optional<String> retryAfter = pointer(map, "retry-after", where, reader);
    // What the fields' own descriptions say, by pointer: meanings like those of 'meanings:', listed first.
    Map<String, String> described = new LinkedHashMap<>();
    List<String> links = new java.util.ArrayList<>();
    Map<String, String> fields = fields(map, where, reader, described, links);
    List<Constant> when = map.get("when").map(n -> ConstantsBinder.bind(n, where, reader)).orElse(List.of());
    Map<String, String> meanings = meanings(map, where, reader, described);
    Optional<String> decided = reader.optionalString(map, "decided", where).map(YamlScalar::text);
    boolean error = reader.optionalBoolean(map, "error", where).orElse(false);
    List<WaitHint> waits = WaitBinder.bind(map, where, body, reader);

    if (body != BodyKind.JSON) {
      String kind = CatalogKeys.yamlName(body);
      for (String key : List.of("code", "subcode", "message", "fields", "when", "retry-after", "meanings")) {
        map.field(key).ifPresent(f -> reader.add(DiagnosticId.BAD_VALUE.error(f.keyPosition(),
            Shown.quoted(f.key()) + " of " + where + " points into a JSON body, but the shape's body is " + kind + ".",
            "Remove " + Shown.quoted(f.key()) + ", or make the body json.")));
      }
    }
    if (reader.diagnostics().failedSince(before)) {
      return Optional.empty();
    }
    return Optional.of(new Shape(name, body, code, message, fields, when, retryAfter, declaration.keyPosition(),
        decided, meanings, error, subcode, waits, links.stream().findFirst()));
  }

  /**
   * {@code meanings:}, JSON Pointer to what the field means in the API's words: any field of the body, read by the
   * shape or not (a documentation link, a request id), shown in the docs' body table; after the meanings the
   * fields' descriptions gave ({@code described}), each pointer's meaning said once.
   */
  private static Map<String, String> meanings(YamlMap map, String where, NodeReader reader,
      Map<String, String> described) {
    Map<String, String> out = new LinkedHashMap<>(described);
    Optional<YamlMap> meanings = map.get("meanings").flatMap(n -> reader.map(n, "'meanings' of " + where));
    if (meanings.isEmpty()) {
      return out;
    }
    for (YamlMap.Field field : meanings.get().fields()) {
      boolean pointerOk = Pointers.check(field.key(), field.keyPosition(), "the 'meanings' key of " + where,
          reader.diagnostics());
      Optional<YamlScalar> meaning = reader.string(field.value(), "the meaning of " + Shown.quoted(field.key())
          + " in 'meanings' of " + where);
      if (meaning.isPresent() && meaning.get().text().isBlank()) {
        reader.add(DiagnosticId.BAD_VALUE.error(meaning.get().position(),
            "the meaning of " + Shown.quoted(field.key()) + " in 'meanings' of " + where + " is empty.",
            "Say what the field holds, in the API's words, or remove the line."));
      } else if (pointerOk && meaning.isPresent() && described.containsKey(field.key())) {
        reader.add(DiagnosticId.BAD_VALUE.error(field.keyPosition(),
            "'meanings' of " + where + " says what " + Shown.quoted(field.key()) + " means, which the 'description'"
                + " of a field at that pointer says already.",
            "Say it once: keep the field's description, or this line of 'meanings'."));
      } else if (pointerOk && meaning.isPresent()) {
        out.put(field.key(), meaning.get().text().strip());
      }
    }
    return out;
  }

  private static Optional<BodyKind> bodyKind(YamlNode node, String where, NodeReader reader) {
    String what = "'body' of " + where;
    if (!(node instanceof YamlScalar s) || s.kind() != ScalarKind.STRING) {
      reader.wrongType(node, what, "one of " + String.join(", ", CatalogKeys.bodyKindNames()));
      return Optional.empty();
    }
    for (BodyKind kind : BodyKind.values()) {
      if (CatalogKeys.yamlName(kind).equals(s.text())) {
        return Optional.of(kind);
      }
    }
    reader.add(DiagnosticId.BAD_VALUE.error(s.position(),
        what + " is " + Shown.quoted(s.text()) + ", which is not a body kind." + DidYouMean.hint(s.text(), CatalogKeys.bodyKindNames()),
        "Write json (the default), text or empty."));
    return Optional.empty();
  }

  private static Optional<String> pointer(YamlMap map, String key, String where, NodeReader reader) {
    Optional<YamlScalar> value = reader.optionalString(map, key, where);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().text();
    return Pointers.check(text, value.get().position(), "'" + key + "' of " + where, reader.diagnostics())
        ? Optional.of(text) : Optional.empty();
  }

  /**
   * {@code fields:}, name to pointer ({@code param: /error/param}) or to a map with the pointer and what the field
   * means ({@code param: {pointer: /error/param, description: ...}}); the descriptions go to {@code described}, by
   * pointer; the field whose {@code role} is {@code docs-link} to {@code links}.
   */
  private static Map<String, String> fields(YamlMap map, String where, NodeReader reader,
      Map<String, String> described, List<String> links) {
    Map<String, String> out = new LinkedHashMap<>();
    Optional<YamlMap> fields = map.get("fields").flatMap(n -> reader.map(n, "'fields' of " + where));
    if (fields.isEmpty()) {
      return out;
    }
    if (fields.get().fields().size() > FormatLimits.MAX_FIELDS) {
      reader.add(DiagnosticId.TOO_MANY_PLACEHOLDERS.error(fields.get().position(),
          "'fields' of " + where + " names " + fields.get().fields().size() + " fields; a shape has at most "
              + FormatLimits.MAX_FIELDS + " (each is a parameter of the factory method of every entry of the shape).",
          "Name only the fields a reader or a client needs; the others stay in the body."));
      return out;
    }
    for (YamlMap.Field field : fields.get().fields()) {
      if (reader.strayCharacter(field.key(), field.keyPosition(), "the field name of " + where, "")) {
        continue;
      }
      if (!TemplateParser.NAME.matcher(field.key()).matches()) {
        reader.add(DiagnosticId.BAD_VALUE.error(field.keyPosition(),
            "the field name " + Shown.quoted(field.key()) + " of " + where + " is not a name.",
            "Name fields with letters, digits, '_' and '-', starting with a letter (they become parameters)."));
        continue;
      }
      String what = "field " + Shown.quoted(field.key()) + " of " + where;
      Optional<YamlScalar> pointer;
      Optional<YamlScalar> description = Optional.empty();
      if (field.value() instanceof YamlMap form) {
        reader.checkKeys(form, CatalogKeys.FIELD, what);
        pointer = reader.requireKeys(form, "The map of " + what, "/error/param", "pointer")
            ? reader.optionalString(form, "pointer", what) : Optional.empty();
        description = reader.optionalString(form, "description", what);
        reader.optionalString(form, "role", what).ifPresent(role -> role(role, field.key(), what, links, reader));
      } else {
        pointer = reader.string(field.value(), "the pointer of " + what);
      }
      if (pointer.isPresent() && Pointers.check(pointer.get().text(), pointer.get().position(),
          "the pointer of " + what, reader.diagnostics())) {
        out.put(field.key(), pointer.get().text());
        description.ifPresent(d -> describe(pointer.get().text(), d, what, described, reader));
      }
    }
    return out;
  }

  /**
   * A field's {@code role}: {@code docs-link}, the one field of the shape that links a body to its entry's docs
   * (Stripe's {@code doc_url}, GetResponse's {@code moreInfo}), which generated encoders fill.
   */
  private static void role(YamlScalar role, String field, String what, List<String> links, NodeReader reader) {
    if (!role.text().equals(CatalogKeys.DOCS_LINK_ROLE)) {
      reader.add(DiagnosticId.BAD_VALUE.error(role.position(),
          "the 'role' of " + what + " is " + Shown.quoted(role.text()) + "; the only role is "
              + CatalogKeys.DOCS_LINK_ROLE + ".",
          "Write role: " + CatalogKeys.DOCS_LINK_ROLE + " on the field that carries the link to the error's docs,"
              + " or remove the line."));
    } else if (!links.isEmpty()) {
      reader.add(DiagnosticId.BAD_VALUE.error(role.position(),
          what + " is the second field with role: " + CatalogKeys.DOCS_LINK_ROLE + " (the first is "
              + Shown.quoted(links.get(0)) + "); a body links its docs once.",
          "Keep the role on one field."));
    } else {
      links.add(field);
    }
  }

  /** Records a field's description under its pointer: non-blank, and one per pointer. */
  private static void describe(String pointer, YamlScalar description, String what, Map<String, String> described,
      NodeReader reader) {
    if (description.text().isBlank()) {
      reader.add(DiagnosticId.BAD_VALUE.error(description.position(), "the 'description' of " + what + " is empty.",
          "Say what the field holds, in the API's words, or remove the line."));
    } else if (described.containsKey(pointer)) {
      reader.add(DiagnosticId.BAD_VALUE.error(description.position(),
          "the 'description' of " + what + " says what " + Shown.quoted(pointer) + " means, which another field's"
              + " description says already.",
          "Describe the value once, at one of the fields that read it."));
    } else {
      described.put(pointer, description.text().strip());
    }
  }
}
