package dev.errorcatalog.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A catalog version as the writer wrote it ({@code 1}, {@code 1.2}, {@code 2.0.0-rc1}): dot-separated whole
 * numbers, optionally followed by {@code -} and a pre-release label. Versions compare number by number
 * ({@code 1.10} after {@code 1.9}; {@code 1.2} equals {@code 1.2.0}), and a pre-release comes before its
 * release ({@code 2.0.0-rc1} before {@code 2.0.0}), as Maven and Semantic Versioning order them.
 *
 * @param text the version as written, shown in the docs and messages
 */
public record Version(String text, List<Long> numbers, String label) implements Comparable<Version> {

  private static final Pattern FORM = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,5}(-[0-9A-Za-z.-]+)?");

  /** The version written as {@code text}, or empty when it is not of the form above. */
  public static Optional<Version> parse(String text) {
    String t = text.strip();
    if (!FORM.matcher(t).matches()) {
      return Optional.empty();
    }
    int dash = t.indexOf('-');
    String numbers = dash < 0 ? t : t.substring(0, dash);
    List<Long> parts = new ArrayList<>();
    for (String part : numbers.split("\\.")) {
      parts.add(Long.parseLong(part));
    }
    return Optional.of(new Version(t, List.copyOf(parts), dash < 0 ? "" : t.substring(dash + 1)));
  }

  @Override
  public int compareTo(Version other) {
    int n = Math.max(numbers.size(), other.numbers.size());
    for (int i = 0; i < n; i++) {
      int c = Long.compare(i < numbers.size() ? numbers.get(i) : 0, i < other.numbers.size() ? other.numbers.get(i) : 0);
      if (c != 0) {
        return c;
      }
    }
    if (label.isEmpty() != other.label.isEmpty()) {
      return label.isEmpty() ? 1 : -1;
    }
    return label.compareTo(other.label);
  }

  /** True when this version comes after {@code other}. */
  public boolean isAfter(Version other) {
    return compareTo(other) > 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
