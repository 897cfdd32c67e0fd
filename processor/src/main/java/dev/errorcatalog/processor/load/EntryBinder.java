package dev.errorcatalog.processor.load;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.Cause;
import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.WaitHint;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds one item of {@code entries:} to an {@link Entry}, reporting every mistake of the item. */
final class EntryBinder {


  /** The aspects of {@code defaults.decided} carried only by the entries that take that default. */
  private static final List<String> TAKEN_FROM_DEFAULTS = List.of("retry", "shape");

  /** The default group of an error the API answers with a success status: {@code <Prefix>ErrorException}. */
  static final String ERROR_AT_SUCCESS_GROUP = "Error";

  /** Group names that would give a generated exception a fixed name of its own. */
  private static final List<String> RESERVED_GROUPS = List.of("", "Response");

  /**
   * What entries fall back to.
   *
   * @param retry {@code defaults.retry}, if given and valid
   * @param shape {@code defaults.shape}, if given and valid
   * @param shapeBroken true when {@code defaults.shape} was given but is wrong (already reported)
   * @param decided {@code defaults.decided}: decisions every entry taking the default retry or shape carries
   */
  record Defaults(Optional<RetryPolicy> retry, Optional<Shape> shape, boolean shapeBroken, List<Decision> decided) {

    /** The decision {@code defaults.decided} records for an aspect an entry takes from the defaults. */
    Optional<Decision> decision(String aspect) {
      return decided.stream().filter(d -> d.aspect().equals(aspect)).findFirst();
    }
  }

  private final NodeReader reader;
  private final ShapeTable shapes;
  private final Defaults defaults;

  EntryBinder(NodeReader reader, ShapeTable shapes, Defaults defaults) {
    this.reader = reader;
    this.shapes = shapes;
    this.defaults = defaults;
  }

  /** Keys that decide how a body decodes to an entry: a mistake in one leaves the entry out of later checks. */
  private static final List<String> DECODING_KEYS =
      List.of("code", "subcode", "status", "message", "variants", "shape", "when", "examples");

  /**
   * A bound entry: valid (generated), or bound only for the checks that run across entries and on examples,
   * because its mistakes are in keys that do not decide how its bodies decode (a title, a fix, a group ...).
   */
  record Bound(Entry entry, boolean valid) {}

  /** The entry, or empty after reporting its mistakes; its code, if any, goes to {@code codes}. */
  Optional<Bound> bind(YamlNode item, int index, List<CatalogValidator.CodeAt> codes) {
    int before = reader.diagnostics().errorCount();
    Optional<YamlMap> found = reader.map(item, "entry " + index);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = found.get();
    Optional<YamlScalar> codeNode = code(map, index);
    Optional<YamlScalar> subcodeNode = subcode(map, index, codeNode.isPresent());
    codeNode.ifPresent(c -> codes.add(new CatalogValidator.CodeAt(
        c.text() + subcodeNode.map(s -> " / " + s.text()).orElse(""), c.position())));
    Optional<YamlScalar> nameNode = map.get("name").flatMap(n -> n instanceof YamlScalar s ? Optional.of(s)
        : Optional.empty());
    String where = codeNode.map(c -> "the entry with code " + Shown.bare(c.text()))
        .or(() -> nameNode.map(n -> "the entry " + Shown.bare(n.text())))
        .orElse("entry " + index);
    int decoding = reader.diagnostics().errorCount() - before;
    reader.checkKeys(map, CatalogKeys.ENTRY, "an entry");
    boolean decodingKeyMisspelled = map.fields().stream().anyMatch(f -> !CatalogKeys.ENTRY.contains(f.key())
        && !DidYouMean.hint(f.key(), DECODING_KEYS).isEmpty());
    reader.requireKeys(map, capitalized(where), "", "status", "title");
    if (map.get("code").isEmpty() && map.get("name").isEmpty()) {
      reader.add(DiagnosticId.MISSING_KEY.error(map.position(), capitalized(where) + " has neither 'code' nor 'name'.",
          "Write 'code:' with the code the API sends; where the API sends none (it identifies the response by a"
              + " constant field, its message or its status), write 'name:' with an UPPER_SNAKE name instead."));
    }

    int mark = reader.diagnostics().errorCount();
    List<Integer> statuses = map.get("status").map(n -> statuses(n, where)).orElse(List.of());
    decoding += reader.diagnostics().errorCount() - mark;
    Optional<Integer> status = statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(0));
    Optional<Boolean> ownError = reader.optionalBoolean(map, "error", where);
    Optional<YamlScalar> title = reader.optionalString(map, "title", where).filter(t -> {
      if (!t.text().isBlank()) {
        return true;
      }
      reader.add(DiagnosticId.MISSING_KEY.error(t.position(), capitalized(where) + " has an empty 'title'; a title is"
          + " required, and empty counts as missing.", "Write the title after 'title:', e.g. title: Not Found."));
      return false;
    });
    Optional<String> name = map.get("name").flatMap(n -> constantName(n, where));
    List<Decision> decided = new ArrayList<>(map.get("decided")
        .map(n -> DecisionsBinder.bind(n, where, Decision.ASPECTS,
            map.field("decided").get().keyPosition().column(), reader)).orElse(List.of()));
    List<String> headers = reader.strings(map, "headers", where).stream().map(h -> header(h, where))
        .flatMap(Optional::stream).toList();
    mark = reader.diagnostics().errorCount();
    Optional<MessageTemplate> message = reader.optionalString(map, "message", where)
        .flatMap(s -> TemplateParser.parse(s.text(), s.position(), "the message of " + where, reader.diagnostics()));
    List<MessageTemplate> variants = variants(map, where);
    List<Constant> when = map.get("when").map(n -> ConstantsBinder.bind(n, where, reader)).orElse(List.of());
    decoding += reader.diagnostics().errorCount() - mark;
    RetryPolicy retry = map.get("retry").map(n -> RetryBinder.bind(n, where, reader))
        .orElseGet(() -> Optional.of(defaults.retry().orElse(RetryPolicy.of(RetryClass.NEVER))))
        .orElse(null);
    Optional<String> description = text(map, "description", where);
    Optional<String> cause = text(map, "cause", where);
    Optional<String> fix = text(map, "fix", where);
    List<YamlScalar> endpointItems = reader.strings(map, "endpoints", where);
    endpointItems.forEach(e -> endpoint(e, where));
    List<String> endpoints = endpointItems.stream().map(YamlScalar::text).toList();
    List<Cause> causes = causes(map, where);
    if (!causes.isEmpty() && cause.isPresent()) {
      reader.add(DiagnosticId.BAD_VALUE.error(map.field("cause").get().keyPosition(), capitalized(where)
          + " has both 'cause' and 'causes'.", "Write one cause with 'cause:', or several, each with its fix, as"
          + " items of 'causes:'; not both."));
    }
    title.ifPresent(t -> titleLength(t, where));
    mark = reader.diagnostics().errorCount();
    List<YamlScalar> examples = reader.strings(map, "examples", where);
    decoding += reader.diagnostics().errorCount() - mark;
    List<String> duplicates = reader.strings(map, "duplicates", where).stream().map(YamlScalar::text).toList();
    Optional<String> deprecated = map.get("deprecated").flatMap(n -> deprecated(n, where));
    Optional<String> group = map.get("group").flatMap(n -> group(n, where));
    mark = reader.diagnostics().errorCount();
    Optional<Shape> shape = shape(map, where);
    decoding += reader.diagnostics().errorCount() - mark;

    List<WaitHint> waits = shape.map(sh -> WaitBinder.bind(map, where, sh.body(), reader)).orElse(List.of());
    mark = reader.diagnostics().errorCount();
    if (shape.isPresent()) {
      checkShapeFits(map, shape.get(), where, !when.isEmpty());
      if (subcodeNode.isPresent() && shape.get().subcode().isEmpty()) {
        SourcePosition at = map.get("shape").map(YamlNode::position).orElse(subcodeNode.get().position());
        reader.add(DiagnosticId.BAD_VALUE.error(at,
            capitalized(where) + " has a sub-code, but its shape '" + shape.get().name() + "'"
                + (map.get("shape").isEmpty() ? " (from defaults)" : "") + " has no 'subcode' pointer.",
            "Add to the shape the pointer at which bodies carry the sub-code, e.g. subcode: /error/decline_code."));
      }
      if (shape.get().body() == BodyKind.JSON) {
        int i = 1;
        for (YamlScalar example : examples) {
          ExampleJson.check(example, "example " + i++ + " of " + where, reader.diagnostics());
        }
      }
    }
    decoding += reader.diagnostics().errorCount() - mark;

    EntryConsistency consistency = new EntryConsistency(reader, map, where);
    consistency.decisions();
    consistency.placeholders(message, variants);
    if (shape.isPresent()) {
      consistency.successStatus(statuses, ownError.orElse(shape.get().error()), message,
          Optional.ofNullable(retry));
      if (shape.get().body() == BodyKind.JSON) {
        consistency.exampleStatus(examples, shape.get(), statuses, when);
      }
    }

    boolean valid = reader.diagnostics().errorCount() == before;
    if (!valid && (decoding > 0 || decodingKeyMisspelled)
        || (codeNode.isEmpty() && nameNode.isEmpty()) || status.isEmpty() || shape.isEmpty()) {
      return Optional.empty();
    }
    if (!valid) {
      retry = retry == null ? RetryPolicy.of(RetryClass.NEVER) : retry;
      name = codeNode.isEmpty() ? name.or(() -> Optional.of("ENTRY_" + index)) : name;
    }
    if (title.isEmpty() && valid || retry == null || codeNode.isEmpty() && name.isEmpty()) {
      return Optional.empty();
    }
    if (map.get("retry").isEmpty()) {
      defaults.decision("retry").filter(d -> map.get("decided").isEmpty() || decided.stream()
          .noneMatch(own -> own.aspect().equals("retry"))).ifPresent(decided::add);
    }
    if (map.get("shape").isEmpty()) {
      defaults.decision("shape").filter(d -> decided.stream().noneMatch(own -> own.aspect().equals("shape")))
          .ifPresent(decided::add);
    }
    // The other aspects of defaults.decided (a source that gives no status per code, say) hold for every entry
    // that does not mark the aspect itself.
    for (Decision d : defaults.decided()) {
      boolean ownMark = decided.stream().anyMatch(own -> own.aspect().equals(d.aspect()));
      if (!TAKEN_FROM_DEFAULTS.contains(d.aspect()) && !ownMark) {
        decided.add(d);
      }
    }
    decided.sort(java.util.Comparator.comparingInt(d -> Decision.ASPECTS.indexOf(d.aspect())));
    String code = codeNode.map(YamlScalar::text).orElse("");
    Optional<String> subcode = subcodeNode.map(YamlScalar::text);
    // A refinement is named from its code and sub-code (CARD_DECLINED_INSUFFICIENT_FUNDS): a sub-code may also
    // be another entry's code (Stripe's authentication_required).
    String identifying = code + subcode.map(s -> "_" + s).orElse("");
    String constantName = name.orElse(Names.constantName(identifying));
    boolean markedError = ownError.orElse(shape.get().error());
    boolean errorAtSuccess = (markedError || statuses.stream().anyMatch(s -> !HttpStatuses.isSuccess(s)))
        && statuses.stream().anyMatch(HttpStatuses::isSuccess);
    // An error answered with a success status is grouped as an error, not under the success's reason phrase.
    String defaultGroup = errorAtSuccess ? ERROR_AT_SUCCESS_GROUP : HttpStatuses.defaultGroup(status.get());
    return Optional.of(new Bound(new Entry(
        code,
        constantName,
        Names.methodName(constantName),
        status.get(),
        title.map(YamlScalar::text).orElse(""),
        message,
        variants,
        shape.get(),
        when,
        retry,
        description,
        cause,
        fix,
        endpoints,
        examples.stream().map(e -> new Example(e.text(), e.position())).toList(),
        duplicates,
        deprecated,
        group.orElse(defaultGroup),
        Names.anchor(code.isEmpty() ? constantName : identifying),
        codeNode.map(YamlScalar::position).or(() -> nameNode.map(YamlScalar::position)).orElse(map.position()),
        List.copyOf(decided),
        headers,
        statuses.subList(1, statuses.size()),
        markedError,
        subcode,
        waits,
        causes), valid));
  }

  /**
   * EC052, a warning: an endpoint not in the syntax {@code METHOD /path} ({@code /path} where the API names no method, a note
   * in parentheses after it), which the docs' per-endpoint section and an OpenAPI export read.
   */
  private boolean endpoint(YamlScalar item, String where) {
    if (Endpoint.parse(item.text()).isPresent()) {
      return true;
    }
    String text = item.text().strip();
    String first = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
    String hint = Endpoint.METHODS.contains(first.toUpperCase(java.util.Locale.ROOT)) && !Endpoint.METHODS.contains(first)
        ? "Write the method in capitals: " + first.toUpperCase(java.util.Locale.ROOT) + text.substring(first.length())
            + "."
        : "Write METHOD /path, e.g. POST /register, or /register where the API's docs name no method; a note may"
            + " follow in parentheses: /register (single).";
    // A warning: endpoints were free text before this syntax, and a released catalog (a baseline) must still load.
    reader.diagnostics().add(DiagnosticId.ENDPOINT_SYNTAX.warning(
        item.position(), Shown.quoted(text) + " in 'endpoints' of " + where + " is not an endpoint: a path starts"
            + " with /, after an HTTP method or alone.", hint));
    return false;
  }

  /** EC051, a warning: a title longer than a heading shows well (the heading still shows it whole). */
  private void titleLength(YamlScalar title, String where) {
    String flat = title.text().strip().replaceAll("\\s+", " ");
    // Above the limit of any text, EC039 has said it already.
    if (flat.length() > TITLE_LENGTH && title.text().length() <= FormatLimits.MAX_TEXT) {
      reader.diagnostics().add(DiagnosticId.TITLE_TOO_LONG.warning(
          title.position(), "The title of " + where + " is " + flat.length() + " characters long, more than the "
              + TITLE_LENGTH + " a heading of the docs shows well (the table of contents lists it whole).",
          "Keep the title short, e.g. the vendor's heading or the error's name, and move the rest of the text to"
              + " 'description:'."));
    }
  }

  /** Titles longer than this make a poor heading (EC051). */
  static final int TITLE_LENGTH = 120;

  /**
   * {@code causes:}, several causes the source lists for one response, each with its own fix and, where it
   * differs from the entry's, its own retry advice.
   */
  private List<Cause> causes(YamlMap map, String where) {
    Optional<YamlNode> node = map.get("causes");
    if (node.isEmpty()) {
      return List.of();
    }
    List<Cause> out = new ArrayList<>();
    Optional<YamlList> list = reader.list(node.get(), "'causes' of " + where);
    int i = 1;
    for (YamlNode item : list.map(YamlList::items).orElse(List.of())) {
      String what = "item " + i++ + " of 'causes' of " + where;
      Optional<YamlMap> one = reader.map(item, what);
      if (one.isEmpty()) {
        continue;
      }
      reader.checkKeys(one.get(), CatalogKeys.CAUSE, what);
      Optional<YamlScalar> text = reader.optionalString(one.get(), "cause", what);
      if (text.isEmpty() || text.get().text().isBlank()) {
        reader.add(DiagnosticId.MISSING_KEY.error(one.get().position(), capitalized(what) + " has no 'cause'.",
            "Write what causes the response after 'cause:', and what to do in that case after 'fix:'."));
        continue;
      }
      Optional<String> fix = reader.optionalString(one.get(), "fix", what).map(YamlScalar::text);
      Optional<RetryPolicy> retry = one.get().get("retry").flatMap(n -> RetryBinder.bind(n, what, reader));
      out.add(new Cause(text.get().text(), fix, retry, text.get().position()));
    }
    return out;
  }

  private static String capitalized(String where) {
    return Character.toUpperCase(where.charAt(0)) + where.substring(1);
  }

  /** A header name (an HTTP token), as the writer spelled it. */
  private Optional<String> header(YamlScalar name, String where) {
    if (reader.strayCharacter(name.text(), name.position(), "the header in 'headers' of " + where, "- ")) {
      return Optional.empty();
    }
    if (!WaitBinder.isHeaderName(name.text())) {
      reader.add(DiagnosticId.BAD_VALUE.error(name.position(),
          Shown.quoted(name.text()) + " in 'headers' of " + where + " is not an HTTP header name.",
          "Write the header's name only, e.g. Retry-After."));
      return Optional.empty();
    }
    return Optional.of(name.text());
  }

  /** The code as written: a string, or an integer kept as its text ({@code 1000}, not 1000.0). */
  private Optional<YamlScalar> code(YamlMap map, int index) {
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
  private Optional<YamlScalar> subcode(YamlMap map, int index, boolean hasCode) {
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

  /**
   * The statuses of {@code status:}, one or a list; empty after reporting a mistake. In a list, each is an HTTP
   * status (0, not an HTTP response, stands alone) and none is written twice.
   */
  private List<Integer> statuses(YamlNode node, String where) {
    if (!(node instanceof dev.errorcatalog.processor.yaml.YamlList list)) {
      return status(node, "'status' of " + where, "a whole number (the HTTP status) or a list of them")
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
      Optional<Integer> s = status(item, what, "a whole number (an HTTP status)");
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

  private Optional<Integer> status(YamlNode node, String what, String expected) {
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

  private Optional<String> constantName(YamlNode node, String where) {
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

  private List<MessageTemplate> variants(YamlMap map, String where) {
    List<MessageTemplate> out = new ArrayList<>();
    List<YamlScalar> items = reader.strings(map, "variants", where);
    if (!items.isEmpty() && map.get("message").isEmpty()) {
      reader.add(DiagnosticId.MISSING_KEY.error(map.field("variants").get().keyPosition(),
          where + " has 'variants' but no 'message'.",
          "Write the main documented message under 'message:' and the others under 'variants:'."));
    }
    int i = 1;
    for (YamlScalar item : items) {
      TemplateParser.parse(item.text(), item.position(), "variant " + i++ + " of " + where, reader.diagnostics())
          .ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private Optional<String> text(YamlMap map, String key, String where) {
    return reader.optionalString(map, key, where).map(YamlScalar::text);
  }

  private Optional<String> deprecated(YamlNode node, String where) {
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.BOOL) {
      return s.text().equals("true") ? Optional.of("") : Optional.empty();
    }
    Optional<Boolean> quoted = NodeReader.quotedBoolean(node);
    if (quoted.isPresent()) {
      // 'no' in quotes is text, and any text marks the entry deprecated: never what the writer meant.
      YamlScalar s = (YamlScalar) node;
      reader.add(DiagnosticId.WRONG_TYPE.error(s.position(),
          "'deprecated' of " + where + " is " + Shown.quoted(s.text()) + " in quotes: text, which would mark the"
              + " entry deprecated with the note " + Shown.quoted(s.text()) + ".",
          quoted.get() ? "Write deprecated: true (without quotes), or a note that says what to use instead."
              : "Remove the key: an entry without 'deprecated' is not deprecated (or write deprecated: false)."));
      return Optional.empty();
    }
    if (node instanceof YamlScalar s && s.kind() == ScalarKind.STRING) {
      return Optional.of(s.text());
    }
    reader.wrongType(node, "'deprecated' of " + where, "true, false or a deprecation note");
    return Optional.empty();
  }

  private Optional<String> group(YamlNode node, String where) {
    Optional<YamlScalar> group = reader.string(node, "'group' of " + where);
    if (group.isEmpty() || reader.tooLong(group.get(), "'group' of " + where)) {
      return Optional.empty();
    }
    String camel = Names.upperCamel(group.get().text());
    if (RESERVED_GROUPS.contains(camel)) {
      String clash = camel.isEmpty() ? "the base exception of the catalog" : "the exception for responses no entry"
          + " describes";
      reader.add(DiagnosticId.JAVA_NAME_CLASH.error(group.get().position(),
          "'group' of " + where + " is " + Shown.quoted(group.get().text()) + ": its exception class would be <Prefix>"
              + camel + "Exception, the name of " + clash + ".",
          "Choose another group name made of words, e.g. " + (camel.isEmpty() ? "authentication" : "response-error")
              + "."));
      return Optional.empty();
    }
    return Optional.of(camel);
  }

  /** {@code shape:}, else {@code defaults.shape}, else {@code empty} for entries without a message. */
  private Optional<Shape> shape(YamlMap map, String where) {
    Optional<YamlNode> node = map.get("shape");
    if (node.isPresent()) {
      return reader.string(node.get(), "'shape' of " + where)
          .filter(s -> !reader.strayCharacter(s.text(), s.position(), "'shape' of " + where, "shape"))
          .flatMap(s -> shapes.resolve(s, "'shape' of " + where, reader));
    }
    if (defaults.shape().isPresent()) {
      return defaults.shape();
    }
    if (defaults.shapeBroken()) {
      return Optional.empty();
    }
    if (map.get("message").isPresent()) {
      reader.add(DiagnosticId.MISSING_KEY.error(map.field("message").get().keyPosition(),
          where + " has a message but no shape, and the catalog has no 'defaults: shape:'.",
          "Say where the body carries the message: add 'shape:' naming a shape with a 'message' pointer"
              + " (or shape: text for plain-text bodies), or set 'shape:' under 'defaults:'."));
      return Optional.empty();
    }
    return Optional.of(shapes.builtIn(CatalogKeys.EMPTY_SHAPE));
  }

  /** An entry's message and constants need a shape that carries them. */
  private void checkShapeFits(YamlMap map, Shape shape, String where, boolean hasWhen) {
    boolean carriesMessage = shape.body() == BodyKind.TEXT
        || (shape.body() == BodyKind.JSON && shape.message().isPresent());
    SourcePosition shapeAt = map.get("shape").map(YamlNode::position).orElse(null);
    if (map.get("message").isPresent() && !carriesMessage) {
      SourcePosition at = shapeAt != null ? shapeAt : map.get("message").get().position();
      reader.add(DiagnosticId.BAD_VALUE.error(at,
          where + " has a message, but its shape '" + shape.name() + "'"
              + (shapeAt == null ? " (from defaults)" : "") + " carries no message"
              + (shape.body() == BodyKind.JSON ? " (it has no 'message' pointer)." : " (its body is "
                  + CatalogKeys.yamlName(shape.body()) + ")."),
          "Name a shape with a 'message' pointer, or shape: text for plain-text bodies; or remove the message."));
    }
    if (hasWhen && shape.body() != BodyKind.JSON) {
      reader.add(DiagnosticId.BAD_VALUE.error(map.field("when").get().keyPosition(),
          where + " has 'when' constants, but its shape '" + shape.name() + "' has a "
              + CatalogKeys.yamlName(shape.body()) + " body, which has no fields.",
          "Remove 'when', or name a JSON shape."));
    }
  }
}
