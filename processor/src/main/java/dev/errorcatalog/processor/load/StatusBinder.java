package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An entry's {@code status:}: one HTTP status (or 0, for a code that is not an HTTP response), or a list of them. */
final class StatusBinder {

  private StatusBinder() {}

  /**
   * The statuses of {@code status:}, one or a list; empty after reporting a mistake. In a list, each is an HTTP
   * status (0, not an HTTP response, stands alone) and none is written twice.
   */
  static List<Integer> statuses(YamlNode node, String where, NodeReader reader) {
    if (!(node instanceof YamlList list)) {
      return status(node, "'status' of " + where, "a whole number (the HTTP status) or a list of them", reader)
          .map(List::of).orElse(List.of());
    }
    if (list.items().isEmpty()) {
      reader.add(DiagnosticId.MISSING_KEY.error(list.position(), "'status' of " + where + " is an empty list.",
          "Write the status the API answers with, or a list of them: status: [403, 429]."));
      return List.of();
    }
    List<Integer> all = new ArrayList<>();
    boolean ok = true;
    int i = 1;
    for (YamlNode item : list.items()) {
      String what = "item " + i++ + " of 'status' of " + where;
      Optional<Integer> s = status(item, what, "a whole number (an HTTP status)", reader);
      if (s.isEmpty()) {
        ok = false;
      } else if (s.get() == 0) {
        ok = false;
        reader.add(DiagnosticId.STATUS_OUT_OF_RANGE.error(item.position(),
            what + " is 0, which means the code is not an HTTP response, and cannot be one of several statuses.",
            "Write status: 0 alone for a code that is not an HTTP response, or list HTTP statuses only."));
      } else if (all.contains(s.get())) {
        ok = false;
        reader.add(DiagnosticId.BAD_VALUE.error(item.position(),
            what + " is " + s.get() + ", which the list already has.", "Write each status once."));
      } else {
        all.add(s.get());
      }
    }
    return ok ? List.copyOf(all) : List.of();
  }

  private static Optional<Integer> status(YamlNode node, String what, String expected, NodeReader reader) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.INT) {
      Integer value = null;
      try {
        value = Integer.parseInt(s.text());
      } catch (NumberFormatException e) {
        // reported below as out of range
      }
      if (value != null && (value == 0 || (value >= 100 && value <= 599))) {
        return Optional.of(value);
      }
      reader.add(DiagnosticId.STATUS_OUT_OF_RANGE.error(s.position(),
          what + " is " + Shown.bare(s.text()) + ", which is not an HTTP status.",
          "Write the HTTP status, 100 to 599, or 0 for a code that is not an HTTP response (e.g. a delivery code)."));
      return Optional.empty();
    }
    reader.wrongType(node, what, expected);
    return Optional.empty();
  }
}
