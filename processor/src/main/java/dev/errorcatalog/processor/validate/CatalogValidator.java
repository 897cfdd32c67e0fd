package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rules across entries: codes are unique (EC006), Java names are unique (EC013), and a decoder can tell
 * every two entries apart (EC007). Each clash is reported at the later entry's code, naming the earlier
 * entry's line.
 */
public final class CatalogValidator {

  private CatalogValidator() {}

  /** A code as written and where, for entries whether or not they are otherwise valid. */
  public record CodeAt(String code, SourcePosition position) {}

  /**
   * EC006: codes are unique. Checked over every entry that has a code, also those with other mistakes,
   * so that a duplicate is reported in the same build as the rest.
   */
  public static void uniqueCodes(List<CodeAt> codes, Diagnostics diagnostics) {
    Map<String, CodeAt> first = new HashMap<>();
    for (CodeAt code : codes) {
      CodeAt earlier = first.putIfAbsent(code.code(), code);
      if (earlier != null) {
        diagnostics.add(DiagnosticId.DUPLICATE_CODE.error(code.position(),
            (code.code().contains(" / ") ? "the code and sub-code " : "the code ") + Shown.bare(code.code())
                + " is already the code of the entry at line " + earlier.position().line() + ".",
            "Codes (and a code with a sub-code) are unique in a catalog: if this is the same response documented"
                + " twice, keep one entry and record the other under its 'duplicates:'; otherwise give it its own"
                + " code, or a 'subcode' that refines the entry with this code."));
      }
    }
  }

  /**
   * EC013 and EC007 over the entries (in catalog order); reports into {@code diagnostics}.
   *
   * @return the entries whose examples may be decoded without repeating a mistake reported here or as EC006:
   *     all but the later entry of each clash of codes or of what a decoder matches, and a refinement without
   *     its entry
   */
  public static List<Entry> validate(List<Entry> all, Diagnostics diagnostics) {
    // An entry whose code an earlier entry has is EC006 already; its name clash would only repeat that.
    Set<String> seenCodes = new java.util.HashSet<>();
    List<Entry> entries = all.stream().filter(e -> e.code().isEmpty() || seenCodes.add(e.codeKey())).toList();
    Set<Entry> reported = new java.util.HashSet<>();
    refinedEntriesExist(entries, diagnostics, reported);
    unique(entries, Entry::constantName, diagnostics, DiagnosticId.JAVA_NAME_CLASH, "Java constant name",
        "Set 'name:' on one of them to another UPPER_SNAKE name.");
    Set<String> clashingConstants = duplicates(entries, Entry::constantName);
    List<Entry> distinctConstants = entries.stream().filter(e -> !clashingConstants.contains(e.constantName()))
        .toList();
    unique(distinctConstants, Entry::methodName, diagnostics, DiagnosticId.JAVA_NAME_CLASH, "factory method name",
        "Set 'name:' on one of them so that the names differ in more than underscores.");
    indistinguishable(entries, diagnostics, reported);
    return entries.stream().filter(e -> !reported.contains(e)).toList();
  }

  /** A refinement needs the entry it refines: the same code, no sub-code, the same shape (where the code is read). */
  private static void refinedEntriesExist(List<Entry> entries, Diagnostics diagnostics, Set<Entry> reported) {
    Map<String, Entry> byCode = new HashMap<>();
    entries.stream().filter(e -> e.hasCode() && e.subcode().isEmpty()).forEach(e -> byCode.putIfAbsent(e.code(), e));
    for (Entry entry : entries) {
      if (entry.subcode().isEmpty()) {
        continue;
      }
      Entry parent = byCode.get(entry.code());
      if (parent == null || !parent.shape().equals(entry.shape())) {
        reported.add(entry);
      }
      if (parent == null) {
        diagnostics.add(DiagnosticId.BAD_VALUE.error(entry.position(),
            entry.label() + " refines the entry with code " + Shown.bare(entry.code()) + ", which the catalog does"
                + " not have.",
            "Add the entry the code alone names (code: " + entry.code() + ", without 'subcode'): a body with a"
                + " sub-code the catalog does not document decodes to it."));
      } else if (!parent.shape().equals(entry.shape())) {
        diagnostics.add(DiagnosticId.BAD_VALUE.error(entry.position(),
            entry.label() + " has shape '" + entry.shape().name() + "', but the entry it refines (line "
                + parent.position().line() + ") has shape '" + parent.shape().name() + "'.",
            "Give both the same shape: the sub-code is read from the body the code is read from."));
      }
    }
  }

  private static void unique(List<Entry> entries, Function<Entry, String> key, Diagnostics diagnostics,
      DiagnosticId id, String what, String fix) {
    Map<String, Entry> first = new HashMap<>();
    for (Entry entry : entries) {
      Entry earlier = first.putIfAbsent(key.apply(entry), entry);
      if (earlier != null) {
        diagnostics.add(id.error(entry.position(),
            "the " + what + " " + key.apply(entry) + " of " + entry.label() + " is already the " + what
                + " of " + earlier.label() + " at line " + earlier.position().line() + ".", fix));
      }
    }
  }

  private static Set<String> duplicates(List<Entry> entries, Function<Entry, String> key) {
    return entries.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
        .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  /** What a decoder matches an entry's bodies by, at one of its statuses. */
  private record Matcher(int status, String key, String description) {}

  private static void indistinguishable(List<Entry> entries, Diagnostics diagnostics, Set<Entry> reported) {
    Map<String, Entry> first = new HashMap<>();
    for (Entry entry : entries) {
      Set<Entry> clashes = new LinkedHashSet<>();
      for (int status : entry.statuses()) {
        for (Matcher matcher : matchers(entry, status)) {
          Entry earlier = first.putIfAbsent(matcher.key(), entry);
          if (earlier != null && earlier != entry && clashes.add(earlier)) {
            reported.add(entry);
            diagnostics.add(DiagnosticId.INDISTINGUISHABLE_ENTRIES.error(entry.position(),
                "a decoder cannot tell " + entry.label() + " from " + earlier.label() + " at line "
                    + earlier.position().line() + ": both are status " + matcher.status() + " "
                    + matcher.description() + ".",
                "Tell them apart: give one a 'when:' constant its bodies carry, a different message or a shape with"
                    + " a 'code' pointer; or, if they are the same response, keep one and record the other under"
                    + " 'duplicates:'."));
          }
        }
      }
    }
  }

  /**
   * The matchers of an entry at one of its statuses; none for an entry with a code in a shape with a code
   * pointer (codes are unique: EC006). Constants are keyed by value, as decoders compare them: {@code "403"} and
   * {@code 403} are the same constant.
   */
  private static List<Matcher> matchers(Entry entry, int at) {
    Shape shape = entry.shape();
    List<Matcher> out = new ArrayList<>();
    if (shape.body() == BodyKind.JSON && shape.code().isPresent() && entry.hasCode()) {
      return out;
    }
    String status = at + "|";
    List<Constant> constants = new ArrayList<>(entry.allConstants());
    constants.sort(Comparator.comparing(Constant::pointer).thenComparing(c -> c.value().valueKey()));
    String constantsKey = constants.stream().map(c -> c.pointer() + "=" + c.value().valueKey())
        .collect(Collectors.joining(","));
    String constantsText = constants.isEmpty() ? "" : " carrying " + constants.stream()
        .map(c -> c.pointer() + ": " + c.value().toJson()).collect(Collectors.joining(", "));
    if (entry.message().isPresent()) {
      String where = shape.body() == BodyKind.TEXT ? "the text body" : Shown.quoted(shape.message().orElse(""));
      List<MessageTemplate> templates = new ArrayList<>();
      templates.add(entry.message().get());
      templates.addAll(entry.variants());
      for (MessageTemplate template : templates) {
        out.add(new Matcher(at, status + "message|" + where + "|" + constantsKey + "|" + template.skeleton(),
            "bodies with the message \"" + template.display() + "\" at " + where + constantsText));
      }
    } else if (!constants.isEmpty()) {
      out.add(new Matcher(at, status + "constants|" + constantsKey, "bodies" + constantsText + " and no message"));
    } else {
      out.add(new Matcher(at, status + "status", "responses told apart by nothing but the status (no message, code"
          + " pointer or 'when' constant)"));
    }
    return out;
  }
}
