package dev.errorcatalog.processor.load;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.RetrySpelling;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Binds {@code retry:}: a retry class alone ({@code retry: throttled}) or the map form with parameters. */
final class RetryBinder {

  private RetryBinder() {}

  /** The policy, or empty after reporting its mistakes. */
  static Optional<RetryPolicy> bind(YamlNode node, String where, NodeReader reader) {
    String what = "'retry' of " + where;
    if (node instanceof YamlScalar s) {
      return retryClass(s, what, reader).map(RetryPolicy::of);
    }
    if (!(node instanceof YamlMap map)) {
      reader.wrongType(node, what, "a retry class (e.g. backoff) or a map with 'class'");
      return Optional.empty();
    }
    int before = reader.diagnostics().mark();
    reader.checkKeys(map, CatalogKeys.RETRY, "'retry'");
    reader.requireKeys(map, "The 'retry' map of " + where, "backoff", "class");
    Optional<RetryClass> retryClass = map.get("class").flatMap(n -> {
      if (n instanceof YamlScalar s) {
        return retryClass(s, "'class' of " + what, reader);
      }
      reader.wrongType(n, "'class' of " + what, "a retry class");
      return Optional.empty();
    });
    Optional<Duration> base = duration(map, "base", what, reader);
    Optional<Duration> cap = duration(map, "cap", what, reader);
    Optional<Duration> window = duration(map, "window", what, reader);
    OptionalInt attempts = OptionalInt.empty();
    Optional<YamlMap.Field> attemptsField = map.field("attempts");
    if (attemptsField.isPresent()) {
      Optional<Integer> n = reader.integer(attemptsField.get().value(), "'attempts' of " + what);
      if (n.isPresent() && n.get() < 1) {
        reader.add(DiagnosticId.BAD_VALUE.error(attemptsField.get().value().position(),
            "'attempts' of " + what + " is " + n.get() + "; it counts every attempt, the first call included.",
            "Write 1 or more (1 means: do not retry)."));
      } else if (n.isPresent()) {
        attempts = OptionalInt.of(n.get());
      }
    }
    if (base.isPresent() && cap.isPresent() && cap.get().compareTo(base.get()) < 0) {
      reader.add(DiagnosticId.BAD_VALUE.error(map.get("cap").get().position(),
          "'cap' of " + what + " is shorter than its 'base'.",
          "The cap is the longest single delay: make it at least the base delay."));
    }
    if (base.isPresent() && window.isPresent() && window.get().compareTo(base.get()) < 0) {
      reader.add(DiagnosticId.RETRY_NEVER_RETRIES.error(map.get("window").get().position(),
          "'window' of " + what + " is " + written(map, "window") + ", shorter than its 'base' of "
              + written(map, "base") + ": the first retry would wait past the window, so the advice never"
              + " retries.",
          "Make the window at least the base delay (the time over which the attempts are spread), or the base"
              + " shorter."));
    }
    if (reader.diagnostics().failedSince(before) || retryClass.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RetryPolicy(retryClass.get(), base, cap, attempts, window));
  }

  private static String written(YamlMap map, String key) {
    return map.get(key).map(n -> n instanceof YamlScalar s ? Shown.bare(s.written()) : "").orElse("");
  }

  private static Optional<Duration> duration(YamlMap map, String key, String what, NodeReader reader) {
    return map.get(key).flatMap(n -> Durations.parse(n, "'" + key + "' of " + what, reader.diagnostics()));
  }

  private static Optional<RetryClass> retryClass(YamlScalar s, String what, NodeReader reader) {
    List<String> known = CatalogKeys.retryClassNames();
    if (s.kind() == ScalarKind.STRING) {
      for (RetryClass c : RetryClass.values()) {
        if (RetrySpelling.yamlName(c).equals(s.text())) {
          return Optional.of(c);
        }
      }
    }
    if (s.kind() != ScalarKind.STRING && s.kind() != ScalarKind.BOOL) {
      reader.wrongType(s, what, "a retry class (" + String.join(", ", known) + ")");
      return Optional.empty();
    }
    // "no" and "false" read as booleans in YAML: a writer who wrote them meant "never".
    String text = s.kind() == ScalarKind.BOOL && s.text().equals("false") ? "never" : s.text();
    String hint = s.kind() == ScalarKind.BOOL ? (text.equals("never") ? " Did you mean 'never'?" : "")
        : DidYouMean.hint(text.replace('_', '-'), known);
    reader.add(DiagnosticId.UNKNOWN_RETRY_CLASS.error(s.position(),
        what + " is " + Shown.quoted(s.written()) + ", which is not a retry class"
            + (s.kind() == ScalarKind.BOOL ? " (YAML reads an unquoted " + Shown.bare(s.written()) + " as the boolean "
                + s.text() + ")" : "") + "." + hint,
        "The retry classes are: " + String.join(", ", known) + "."));
    return Optional.empty();
  }
}
