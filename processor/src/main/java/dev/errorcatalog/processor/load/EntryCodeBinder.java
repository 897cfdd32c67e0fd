package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.Optional;

/**
 * What identifies an entry: {@code code:} (a string or a whole number, kept as written), {@code subcode:} (which
 * refines a code) and {@code name:} (an UPPER_SNAKE constant name, for entries the API sends no code for).
 */
final class EntryCodeBinder {

  private EntryCodeBinder() {}

  /** The code as written: a string, or an integer kept as its text ({@code 1000}, not 1000.0). */
  static Optional<YamlScalar> code(YamlMap map, int index, NodeReader reader) {
    Optional<YamlNode> node = map.get("code");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && (s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.INT)) {
      if (s.text().isBlank()) {
        reader.add(DiagnosticId.BAD_VALUE.error(s.position(), "the code of entry " + index + " is empty.",
            "Write the code as documented; where the vendor documents none, assign a stable UPPER_SNAKE code"
                + " from the meaning."));
        return Optional.empty();
      }
      if (reader.strayCharacter(s.text(), s.position(), "the code of entry " + index, "code")) {
        return Optional.empty();
      }
      return Optional.of(s);
    }
    reader.wrongType(node.get(), "'code' of entry " + index, "a string or a whole number");
    return Optional.empty();
  }

  /** The sub-code as written (a string or a whole number), which needs a code to refine. */
  static Optional<YamlScalar> subcode(YamlMap map, int index, boolean hasCode, NodeReader reader) {
    Optional<YamlMap.Field> field = map.field("subcode");
    if (field.isEmpty()) {
      return Optional.empty();
    }
    YamlNode node = field.get().value();
    if (!(node instanceof YamlScalar s && (s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.INT))) {
      reader.wrongType(node, "'subcode' of entry " + index, "a string or a whole number");
      return Optional.empty();
    }
    if (s.text().isBlank()) {
      reader.add(DiagnosticId.BAD_VALUE.error(s.position(), "the sub-code of entry " + index + " is empty.",
          "Write the sub-code as the API sends it, or remove 'subcode' for the entry the code alone names."));
      return Optional.empty();
    }
    if (reader.strayCharacter(s.text(), s.position(), "the sub-code of entry " + index, "subcode")) {
      return Optional.empty();
    }
    if (!hasCode) {
      reader.add(DiagnosticId.BAD_VALUE.error(field.get().keyPosition(),
          "entry " + index + " has a sub-code but no code: a sub-code refines the entry with the same code.",
          "Write 'code:' with the code the sub-code refines (e.g. code: card_declined), or remove 'subcode'."));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  static Optional<String> constantName(YamlNode node, String where, NodeReader reader) {
    Optional<YamlScalar> name = reader.string(node, "'name' of " + where);
    if (name.isPresent() && reader.strayCharacter(name.get().text(), name.get().position(), "'name' of " + where,
        "name")) {
      return Optional.empty();
    }
    if (name.isPresent() && !isConstantName(name.get().text())) {
      reader.add(DiagnosticId.BAD_VALUE.error(name.get().position(),
          "'name' of " + where + " is " + Shown.quoted(name.get().text()) + ", which is not an UPPER_SNAKE Java constant name.",
          "Write upper-case letters and digits separated by single '_', starting with a letter, e.g. "
              + Names.constantName(name.get().text()) + "."));
      return Optional.empty();
    }
    return name.map(YamlScalar::text);
  }

  /**
   * {@code [A-Z][A-Z0-9]*(_[A-Z0-9]+)*}, checked by hand: Java's regular expressions recurse once per repeated
   * group, and a name of thousands of {@code _X} overflows the stack.
   */
  static boolean isConstantName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z' || name.endsWith("_")) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && !(c == '_' && name.charAt(i - 1) != '_')) {
        return false;
      }
    }
    return true;
  }
}
