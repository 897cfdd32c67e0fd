package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.WaitSource;
import java.util.Arrays;
import java.util.List;

/**
 * One place a response says how long to wait, declared under {@code wait:} of a shape or an entry: a response
 * header or a body field (a JSON Pointer), and the unit its value is written in. Read after {@code Retry-After}.
 *
 * @param header true for a response header, false for a body field
 * @param name the header's name as the catalog spells it, or the field's JSON Pointer
 * @param unit how the value is written
 * @param position where the catalog declares it
 */
public record WaitHint(boolean header, String name, Unit unit, SourcePosition position) {

  /** How a wait hint's value is written; the runtime's {@code WaitSource.Unit} by the same names. */
  public enum Unit {
    SECONDS("a number of seconds"),
    MILLISECONDS("a number of milliseconds"),
    HTTP_DATE("an HTTP date"),
    EPOCH_SECONDS("UTC epoch seconds"),
    EPOCH_MILLISECONDS("UTC epoch milliseconds"),
    RATELIMIT("the IETF RateLimit field: t= seconds until the quota resets"),
    DURATION("a length of time in seconds followed by s, such as 30s");

    private final String words;

    Unit(String words) {
      this.words = words;
    }

    /** The unit as a catalog writes it: {@code epoch-seconds}, spelled by the runtime's unit of the same name. */
    public String yamlName() {
      return WaitSource.Unit.valueOf(name()).yamlName();
    }

    /** What the unit means, in words for the docs and the diagnostics. */
    public String words() {
      return words;
    }

    /** True for the units that name a time to wait until rather than a length of time. */
    public boolean isTime() {
      return this == HTTP_DATE || this == EPOCH_SECONDS || this == EPOCH_MILLISECONDS;
    }

    /** Every unit as a catalog writes it. */
    public static List<String> yamlNames() {
      return Arrays.stream(values()).map(Unit::yamlName).toList();
    }
  }

  /** What the place is, in words: {@code header} or {@code body field}. */
  public String kind() {
    return header ? "header" : "body field";
  }
}
