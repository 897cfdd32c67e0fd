package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Binds {@code when:} maps (JSON Pointer to a constant scalar) of shapes and entries. */
final class ConstantsBinder {

  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private ConstantsBinder() {}

  /** The constants of a {@code when:} value; mistakes reported, the good constants kept. */
  static List<Constant> bind(YamlNode node, String where, NodeReader reader) {
    List<Constant> out = new ArrayList<>();
    var map = reader.map(node, "'when' of " + where);
    if (map.isEmpty()) {
      return out;
    }
    for (YamlMap.Field field : map.get().fields()) {
      boolean pointerOk = Pointers.check(field.key(), field.keyPosition(), "the 'when' key of " + where,
          reader.diagnostics());
      JsonScalar value = scalar(field.value(), "the value of " + Shown.quoted(field.key()) + " under 'when' of " + where, reader);
      if (pointerOk && value != null) {
        out.add(new Constant(field.key(), value, field.value().position()));
      }
    }
    return out;
  }

  private static JsonScalar scalar(YamlNode node, String what, NodeReader reader) {
    if (!(node instanceof YamlScalar s)) {
      reader.wrongType(node, what, "a single value (string, number, true, false or null)");
      return null;
    }
    return switch (s.kind()) {
      case STRING -> new JsonScalar(JsonScalar.Kind.STRING, s.text());
      case BOOL -> new JsonScalar(JsonScalar.Kind.BOOLEAN, s.text());
      case NULL -> new JsonScalar(JsonScalar.Kind.NULL, "null");
      case INT, FLOAT -> {
        if (!JSON_NUMBER.matcher(s.text()).matches()) {
          reader.add(DiagnosticId.BAD_VALUE.error(s.position(),
              what + " is " + Shown.bare(s.text()) + ", a number JSON cannot carry as written.",
              "Write it as a plain decimal number, or quote it if the body carries a string."));
          yield null;
        }
        yield new JsonScalar(JsonScalar.Kind.NUMBER, s.text());
      }
    };
  }
}
