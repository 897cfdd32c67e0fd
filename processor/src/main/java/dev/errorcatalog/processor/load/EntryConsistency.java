package dev.errorcatalog.processor.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules inside one entry, between its keys: a status that says success where the entry documents an error
 * (EC045), a placeholder spelled differently in one template (EC047), an example whose body states another
 * status (EC049), a decision about an aspect the entry does not have (EC050: a {@code fix:} indented under
 * {@code decided:}).
 */
final class EntryConsistency {

  /** Member names that carry the HTTP status in a body, by APIs' habit. */
  private static final Set<String> STATUS_MEMBERS =
      Set.of("status", "statusCode", "status_code", "httpStatus", "http_status", "httpStatusCode", "http_code");

  /** The aspects of {@code decided:} that mark a key the entry itself must have. */
  private static final List<String> ASPECTS_OF_A_KEY = List.of("message", "when", "examples", "fix");

  private static final JsonFactory JSON = new JsonFactory();

  private final NodeReader reader;
  private final YamlMap map;
  private final String where;

  EntryConsistency(NodeReader reader, YamlMap map, String where) {
    this.reader = reader;
    this.map = map;
    this.where = where;
  }

  /** Words of failure, in a title or message at a success status a sign that an error was meant. */
  private static final java.util.regex.Pattern FAILURE_WORDS = java.util.regex.Pattern.compile(
      "\\b(error|errors|invalid|fail|failed|failure|denied|forbidden|unauthori[sz]ed|not found|missing|expired"
          + "|exceeded|too many|conflict|unavailable|not allowed|cannot|can't|refused|rejected|declined|insufficient"
          + "|timed out|timeout|bad request|rate limit(ed)?)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * EC045, a warning: a status of 1xx to 3xx on an entry that reads as an error (a fix, a cause, a retry class
   * that retries, or a title or message in words of failure), and that neither it nor its shape says is an error.
   * A success status there is most often a typo (201 for 401); the entry is then listed among the successes and
   * loses its retry advice. Entries documenting real successes (a title "Created", a message "Accepted") are not
   * warned of.
   */
  void successStatus(List<Integer> statuses, boolean markedError, Optional<MessageTemplate> message,
      Optional<dev.errorcatalog.processor.model.RetryPolicy> retry) {
    if (markedError || statuses.stream().noneMatch(HttpStatuses::isSuccess)) {
      return;
    }
    List<String> signs = new ArrayList<>();
    for (String key : List.of("fix", "cause")) {
      if (map.get(key).isPresent()) {
        signs.add("a '" + key + "'");
      }
    }
    if (map.get("retry").isPresent() && retry.isPresent()
        && retry.get().retryClass() != dev.errorcatalog.RetryClass.NEVER) {
      signs.add("a retry class");
    }
    String title = map.get("title").map(n -> n instanceof YamlScalar t ? t.text() : "").orElse("");
    java.util.regex.Matcher words = FAILURE_WORDS.matcher(title);
    if (words.find()) {
      signs.add("a title that says " + Shown.quoted(words.group()));
    } else if (message.isPresent() && (words = FAILURE_WORDS.matcher(message.get().source())).find()) {
      signs.add("a message that says " + Shown.quoted(words.group()));
    }
    YamlNode node = map.get("status").orElse(null);
    for (int status : statuses) {
      if (!HttpStatuses.isSuccess(status)) {
        continue;
      }
      Optional<Integer> meant = meant(status);
      List<String> all = new ArrayList<>(signs);
      meant.filter(m -> title.toLowerCase(java.util.Locale.ROOT)
              .contains(HttpStatuses.reason(m).toLowerCase(java.util.Locale.ROOT)))
          .filter(m -> signs.stream().noneMatch(x -> x.startsWith("a title")))
          .ifPresent(m -> all.add("the title of status " + m));
      if (all.isEmpty()) {
        continue;
      }
      SourcePosition at = statusNode(node, status).map(YamlNode::position).orElse(map.position());
      String reason = HttpStatuses.reason(status);
      String hint = meant.map(m -> " Did you mean " + m + " (" + HttpStatuses.reason(m) + ")?").orElse("");
      reader.diagnostics().add(DiagnosticId.SUCCESS_STATUS.warning(at,
          "'status' of " + where + " is " + status + (reason.isEmpty() ? "" : " (" + reason + ")")
              + ", a success, but the entry reads as an error (" + String.join(", ", all) + "): the page lists it"
              + " among the successes, without retry advice." + hint,
          meant.map(m -> "Write status: " + m + "; if").orElse("If") + " the API really answers this error with "
              + status + ", add 'error: true' to the entry (or to its shape) to say so."));
    }
  }

  /** The error status a success status was most likely typed for: 201 for 401, 302 for 502. */
  private static Optional<Integer> meant(int status) {
    int candidate = status + 200;
    return candidate <= 599 && !HttpStatuses.reason(candidate).isEmpty() ? Optional.of(candidate) : Optional.empty();
  }

  private static Optional<YamlNode> statusNode(YamlNode node, int status) {
    if (node instanceof YamlList list) {
      return list.items().stream().filter(i -> i instanceof YamlScalar s && s.text().equals(String.valueOf(status)))
          .findFirst();
    }
    return Optional.ofNullable(node);
  }

  /**
   * EC047, a warning: among the entry's templates (its message and variants), a placeholder name that fewer of
   * them use than a name one letter or two away ({@code {feild}} beside {@code {field}}): a decoder fills in
   * {@code feild} from the bodies of that template, and code that reads {@code field} gets nothing.
   */
  void placeholders(Optional<MessageTemplate> message, List<MessageTemplate> variants) {
    List<MessageTemplate> all = new ArrayList<>();
    message.ifPresent(all::add);
    all.addAll(variants);
    if (all.size() < 2) {
      return;
    }
    Map<String, Integer> uses = new HashMap<>();
    Map<String, Integer> firstUse = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (String name : names(all.get(i))) {
        uses.merge(name, 1, Integer::sum);
        firstUse.putIfAbsent(name, i);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      MessageTemplate template = all.get(i);
      Set<String> own = names(template);
      for (String name : own) {
        List<String> others = uses.keySet().stream().filter(o -> !own.contains(o)).sorted().toList();
        Optional<String> close = DidYouMean.closest(name, others);
        if (close.isEmpty()) {
          continue;
        }
        int mine = uses.get(name);
        int theirs = uses.get(close.get());
        if (mine > theirs || (mine == theirs && firstUse.get(name) < firstUse.get(close.get()))) {
          continue;
        }
        String what = template == message.orElse(null) ? "the message" : "variant " + (i + (message.isPresent() ? 0 : 1));
        int index = template.source().indexOf("{" + name);
        reader.diagnostics().add(DiagnosticId.PLACEHOLDER_MISSPELLED.warning(
            reader.at(template.position(), template.source(), Math.max(0, index + 1)),
            what + " of " + where + " names the placeholder {" + Shown.bare(name) + "}, and its other templates {"
                + Shown.bare(close.get()) + "}: a decoder gives the value of one under two names."
                + " Did you mean {" + Shown.bare(close.get()) + "}?",
            "Spell the placeholder as the other templates do: {" + Shown.bare(close.get()) + "}; if they are two"
                + " different values, give them names further apart."));
      }
    }
  }

  private static Set<String> names(MessageTemplate template) {
    Set<String> out = new LinkedHashSet<>();
    template.placeholders().forEach(p -> out.add(p.name()));
    return out;
  }

  /**
   * EC049, a warning: an example whose body states, in a member named like {@code status}, an HTTP status the
   * entry does not answer with ({@code "status": 404} in an example of a 400 entry): the example was copied from
   * another response, or the entry's status is wrong.
   */
  void exampleStatus(List<YamlScalar> examples, Shape shape, List<Integer> statuses, List<Constant> when) {
    if (statuses.isEmpty() || statuses.contains(0)) {
      return;
    }
    Set<String> read = new LinkedHashSet<>();
    shape.code().ifPresent(read::add);
    shape.subcode().ifPresent(read::add);
    shape.when().forEach(c -> read.add(c.pointer()));
    when.forEach(c -> read.add(c.pointer()));
    int i = 1;
    for (YamlScalar example : examples) {
      Optional<StatedStatus> stated = statedStatus(example.text(), read);
      int n = i++;
      stated.filter(s -> !statuses.contains(s.status())).ifPresent(s -> {
        String theirs = statuses.size() == 1 ? "the entry's status is " + statuses.get(0)
            : "the entry's statuses are " + statuses;
        reader.diagnostics().add(DiagnosticId.EXAMPLE_STATUS.warning(
            reader.at(example.position(), example.text(), s.offset()),
            "example " + n + " of " + where + " states status " + s.status() + " at " + s.pointer() + ", but "
                + theirs + ".",
            "Make the example the body the API sends with this entry's status (\"" + s.member() + "\": "
                + statuses.get(0) + "), or, if the API answers with " + s.status() + ", write status: "
                + s.status() + "."));
      });
    }
  }

  /** A status a body states: its value, pointer, member name and offset in the example. */
  private record StatedStatus(int status, String pointer, String member, int offset) {}

  /** The first HTTP status (100 to 599) in a status-named member at depth 1 or 2 that no pointer of the shape reads. */
  private static Optional<StatedStatus> statedStatus(String body, Set<String> read) {
    try (JsonParser parser = JSON.createParser(body)) {
      List<String> path = new ArrayList<>();
      String member = null;
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            path.add(member == null ? "*" : member);
            member = null;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (!path.isEmpty()) {
              path.remove(path.size() - 1);
            }
          }
          case FIELD_NAME -> member = parser.currentName();
          default -> {
            boolean inObjects = depth >= 1 && depth <= 2 && path.subList(1, path.size()).stream().noneMatch("*"::equals);
            if (token == JsonToken.VALUE_NUMBER_INT && member != null && inObjects && STATUS_MEMBERS.contains(member)) {
              String pointer = pointer(path, member);
              long value = parser.getLongValue();
              if (!read.contains(pointer) && value >= 100 && value <= 599) {
                return Optional.of(new StatedStatus((int) value, pointer, member,
                    (int) parser.currentTokenLocation().getCharOffset()));
              }
            }
            member = null;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not JSON: EC012 says so
    }
    return Optional.empty();
  }

  private static String pointer(List<String> path, String member) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < path.size(); i++) {
      out.append('/').append(path.get(i));
    }
    return out.append('/').append(member).toString();
  }

  /**
   * EC050: a decision about an aspect the entry does not have. {@code decided: fix} says the entry's fix is the
   * catalog's advice; without a {@code fix:} of the entry's own, its text is most often the fix itself, indented
   * under {@code decided:} by mistake, and the page shows it as a decision instead of the fix.
   */
  void decisions() {
    Optional<YamlMap.Field> decidedField = map.field("decided");
    if (decidedField.isEmpty() || !(decidedField.get().value() instanceof YamlMap decided)) {
      return;
    }
    int spaces = decidedField.get().keyPosition().column() - 1;
    for (String aspect : ASPECTS_OF_A_KEY) {
      Optional<YamlMap.Field> mark = decided.field(aspect);
      if (mark.isEmpty() || map.get(aspect).isPresent()) {
        continue;
      }
      String text = mark.get().value() instanceof YamlScalar s ? s.text() : "";
      reader.add(DiagnosticId.DECISION_MARKS_NOTHING.error(mark.get().keyPosition(),
          "'decided: " + aspect + "' of " + where + " marks the entry's " + aspect + " as the catalog's decision, but"
              + " the entry has no '" + aspect + "'"
              + (text.isEmpty() ? "" : ": " + Shown.quoted(text) + " is read as the reason, not as the " + aspect)
              + ". Did you mean to put " + aspect + ": at the entry's level?",
          "Indent '" + aspect + ":' as 'decided:' is (" + spaces + " spaces), out of 'decided'; or, if this is the"
              + " reason, write the entry's own '" + aspect + ":' too."));
    }
  }
}
