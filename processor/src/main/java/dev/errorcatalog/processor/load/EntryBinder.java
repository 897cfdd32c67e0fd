package dev.errorcatalog.processor.load;

import static dev.errorcatalog.processor.load.EntryTextBinder.capitalized;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.Cause;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.WaitHint;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds one item of {@code entries:} to an {@link Entry}, reporting every mistake of the item: the keys that
 * identify it ({@link EntryCodeBinder}), its statuses ({@link StatusBinder}), its shape ({@link EntryShapeBinder}),
 * its prose and lists ({@link EntryTextBinder}), its templates ({@link TemplateParser}), constants, retry advice and
 * wait hints (their own binders), and what must agree across them ({@link EntryConsistency}).
 */
final class EntryBinder {

  /** The aspects of {@code defaults.decided} carried only by the entries that take that default. */
  private static final List<String> TAKEN_FROM_DEFAULTS = List.of("retry", "shape");

  /** The default group of an error the API answers with a success status: {@code <Prefix>ErrorException}. */
  static final String ERROR_AT_SUCCESS_GROUP = "Error";

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
    Optional<YamlScalar> codeNode = EntryCodeBinder.code(map, index, reader);
    Optional<YamlScalar> subcodeNode = EntryCodeBinder.subcode(map, index, codeNode.isPresent(), reader);
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
    List<Integer> statuses = map.get("status").map(n -> StatusBinder.statuses(n, where, reader)).orElse(List.of());
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
    Optional<String> name = map.get("name").flatMap(n -> EntryCodeBinder.constantName(n, where, reader));
    List<Decision> decided = new ArrayList<>(map.get("decided")
        .map(n -> DecisionsBinder.bind(n, where, Decision.ASPECTS,
            map.field("decided").get().keyPosition().column(), reader)).orElse(List.of()));
    List<String> headers = reader.strings(map, "headers", where).stream()
        .map(h -> EntryTextBinder.header(h, where, reader))
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
    endpointItems.forEach(e -> EntryTextBinder.endpoint(e, where, reader));
    List<String> endpoints = endpointItems.stream().map(YamlScalar::text).toList();
    List<Cause> causes = EntryTextBinder.causes(map, where, reader);
    if (!causes.isEmpty() && cause.isPresent()) {
      reader.add(DiagnosticId.BAD_VALUE.error(map.field("cause").get().keyPosition(), capitalized(where)
          + " has both 'cause' and 'causes'.", "Write one cause with 'cause:', or several, each with its fix, as"
          + " items of 'causes:'; not both."));
    }
    title.ifPresent(t -> EntryTextBinder.titleLength(t, where, reader));
    mark = reader.diagnostics().errorCount();
    List<YamlScalar> examples = reader.strings(map, "examples", where);
    decoding += reader.diagnostics().errorCount() - mark;
    List<String> duplicates = reader.strings(map, "duplicates", where).stream().map(YamlScalar::text).toList();
    Optional<String> deprecated = map.get("deprecated").flatMap(n -> EntryTextBinder.deprecated(n, where, reader));
    Optional<String> group = map.get("group").flatMap(n -> EntryTextBinder.group(n, where, reader));
    mark = reader.diagnostics().errorCount();
    Optional<Shape> shape = EntryShapeBinder.shape(map, where, shapes, defaults, reader);
    decoding += reader.diagnostics().errorCount() - mark;

    List<WaitHint> waits = shape.map(sh -> WaitBinder.bind(map, where, sh.body(), reader)).orElse(List.of());
    mark = reader.diagnostics().errorCount();
    shape.ifPresent(sh -> EntryShapeBinder.checkFits(map, sh, where, !when.isEmpty(), subcodeNode, examples, reader));
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

}
