package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as catalogs write them: a whole number and a unit, {@code 500ms}, {@code 1s}, {@code 15m},
 * {@code 2h}. Writing one back is {@link dev.errorcatalog.processor.model.RetrySpelling#yaml(Duration)}.
 */
final class Durations {

  /** The accepted form; the JSON Schema uses the same pattern. */
  static final String PATTERN = "^[0-9]{1,9}(ms|s|m|h)$";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  /** The most digits of a duration's number ({@link #PATTERN}). */
  private static final int MAX_DIGITS = 9;

  /**
   * The longest retry duration a catalog may state: the ceiling above which the runtime believes no server
   * hint either. Bounding it here keeps every client's arithmetic on it (backoff ceilings, jitter in
   * nanoseconds, windows) far from overflow.
   */
  static final Duration MAX = Duration.ofDays(366);
  private static final Pattern LOOSE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]+)");
  private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
      Map.entry("ms", "ms"), Map.entry("msec", "ms"), Map.entry("millis", "ms"), Map.entry("milliseconds", "ms"),
      Map.entry("millisecond", "ms"), Map.entry("s", "s"), Map.entry("sec", "s"), Map.entry("secs", "s"),
      Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("m", "m"), Map.entry("min", "m"),
      Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"), Map.entry("h", "h"),
      Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"));

  private Durations() {}

  /** The duration, or EC019 at the value with the spelling the writer probably meant. */
  static Optional<Duration> parse(YamlNode node, String what, Diagnostics diagnostics) {
    String text = node instanceof YamlScalar s ? s.text().trim() : "";
    Matcher m = VALID.matcher(text);
    if (node instanceof YamlScalar && m.matches()) {
      long amount = Long.parseLong(text.substring(0, m.start(1)));
      Duration duration = switch (m.group(1)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
      if (duration.compareTo(MAX) > 0) {
        diagnostics.add(DiagnosticId.BAD_DURATION.error(node.position(),
            what + " " + Shown.quoted(text) + " is longer than 366 days, the longest wait a client believes (a server's"
                + " hint beyond it is ignored too).",
            "Write at most 8784h; a longer wait is no retry advice."));
        return Optional.empty();
      }
      return Optional.of(duration);
    }
    String shown = node instanceof YamlScalar s ? Shown.quoted(s.text()) : node.description();
    Matcher loose = LOOSE.matcher(text);
    if (loose.matches() && loose.group(1).replaceFirst("\\..*", "").length() > MAX_DIGITS) {
      diagnostics.add(DiagnosticId.BAD_DURATION.error(node.position(),
          what + " " + shown + " is not a duration this format can say: its number has "
              + Shown.number(loose.group(1).length()) + " digits, and a duration has at most " + MAX_DIGITS + ".",
          "Write the wait as documented, at most 8784h (366 days); a longer wait is no retry advice."));
      return Optional.empty();
    }
    String suggestion = suggestion(text);
    diagnostics.add(DiagnosticId.BAD_DURATION.error(node.position(),
        what + " " + shown + " is not a duration: a duration is a whole number and a unit.",
        "Write e.g. 500ms, 1s, 15m or 2h."
            + (!VALID.matcher(suggestion).matches() || suggestion.equals(text) ? "" : " Did you mean " + Shown.quoted(suggestion) + "?")));
    return Optional.empty();
  }

  /** The duration the writer probably meant, written as this format writes it; {@code ""} when unclear. */
  private static String suggestion(String text) {
    if (text.matches("[0-9]{1," + MAX_DIGITS + "}")) {
      return text + "s";
    }
    Matcher m = LOOSE.matcher(text);
    if (!m.matches()) {
      return "";
    }
    String unit = UNIT_WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
    if (unit == null) {
      return "";
    }
    String number = m.group(1);
    if (number.contains(".")) {
      if (unit.equals("ms")) {
        return "";
      }
      String smaller = switch (unit) {
        case "h" -> "m";
        case "m" -> "s";
        default -> "ms";
      };
      long factor = unit.equals("h") || unit.equals("m") ? 60 : 1000;
      double value = Double.parseDouble(number) * factor;
      if (value != Math.rint(value)) {
        return "";
      }
      return (long) value + smaller;
    }
    return number + unit;
  }
}
