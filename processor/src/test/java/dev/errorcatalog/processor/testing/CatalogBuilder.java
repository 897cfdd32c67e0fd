package dev.errorcatalog.processor.testing;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.load.TestTemplates;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.SourcePosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds catalog models in test code, with the defaults the loader applies, so generators and docs can be tested
 * without YAML. Only the machinery lives here; each test package keeps its own catalogs.
 */
public final class CatalogBuilder {

  /** Where everything built here claims to come from: no generator or docs page prints it. */
  public static final SourcePosition AT = new SourcePosition("fixture.yaml", 1, 1);

  public static final Shape EMPTY = new Shape("empty", BodyKind.EMPTY, Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), AT, Optional.empty());

  public static final Shape TEXT = new Shape("text", BodyKind.TEXT, Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), AT, Optional.empty());

  private CatalogBuilder() {}

  /** A JSON shape with a code and a message pointer (either may be null). */
  public static Shape json(String name, String code, String message) {
    return new Shape(name, BodyKind.JSON, Optional.ofNullable(code), Optional.ofNullable(message), Map.of(),
        List.of(), Optional.empty(), AT, Optional.empty());
  }

  /** A JSON shape with every part; {@code fields} keep their iteration order. */
  public static Shape json(String name, String code, String message, Map<String, String> fields,
      List<Constant> when, String retryAfter) {
    return new Shape(name, BodyKind.JSON, Optional.ofNullable(code), Optional.ofNullable(message),
        new LinkedHashMap<>(fields), when, Optional.ofNullable(retryAfter), AT, Optional.empty());
  }

  /** Fields in declaration order, as the loader keeps them (Map.of's order changes from run to run). */
  public static Map<String, String> ordered(String... nameThenValue) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameThenValue.length; i += 2) {
      out.put(nameThenValue[i], nameThenValue[i + 1]);
    }
    return out;
  }

  public static Constant constant(String pointer, JsonScalar.Kind kind, String text) {
    return new Constant(pointer, new JsonScalar(kind, text), AT);
  }

  /** A retry policy; null leaves a part out. Durations are written {@code 500ms}, {@code 1s}, {@code 15m}, ... */
  public static RetryPolicy retry(RetryClass retryClass, String base, String cap, Integer attempts, String window) {
    return new RetryPolicy(retryClass, Optional.ofNullable(base).map(CatalogBuilder::duration),
        Optional.ofNullable(cap).map(CatalogBuilder::duration),
        attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts),
        Optional.ofNullable(window).map(CatalogBuilder::duration));
  }

  /** {@code 500ms}, {@code 1s}, {@code 15m}, {@code 2h}, {@code 1d}. */
  public static Duration duration(String text) {
    if (text.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
    }
    long n = Long.parseLong(text.substring(0, text.length() - 1));
    return switch (text.charAt(text.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      default -> throw new IllegalArgumentException(text);
    };
  }

  /** A message template parsed by the loader's parser: {@code Order {orderId:int} not found}. */
  public static MessageTemplate template(String source) {
    return TestTemplates.parse(source, AT);
  }

  public static EntryBuilder entry(String code, int status, String title) {
    return new EntryBuilder(code, status, title);
  }

  /**
   * A catalog whose shapes are those of its entries, in order of first use. The source file is a path that
   * must never reach a docs page.
   */
  public static CatalogModel catalog(String id, String title, String docs, String description,
      List<Entry> entries) {
    List<Shape> shapes = new ArrayList<>();
    for (Entry e : entries) {
      if (shapes.stream().noneMatch(s -> s.name().equals(e.shape().name()))) {
        shapes.add(e.shape());
      }
    }
    return new CatalogModel(id, title, Optional.ofNullable(docs), Optional.ofNullable(description), shapes,
        entries, "/somewhere/" + id + ".yaml");
  }

  /**
   * An entry with the loader's defaults: no message, retry never, group from the status, names from the code,
   * and (unless {@link #shape} says otherwise) the empty shape, or the text shape once it has a message.
   */
  public static final class EntryBuilder {
    private final String code;
    private final int status;
    private final String title;
    private String name;
    private MessageTemplate message;
    private final List<MessageTemplate> variants = new ArrayList<>();
    private Shape shape;
    private final List<Constant> when = new ArrayList<>();
    private RetryPolicy retry = RetryPolicy.of(RetryClass.NEVER);
    private String description;
    private String cause;
    private String fix;
    private final List<String> endpoints = new ArrayList<>();
    private final List<Example> examples = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private String deprecated;
    private String group;
    private final List<Decision> decided = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();

    private EntryBuilder(String code, int status, String title) {
      this.code = code;
      this.status = status;
      this.title = title;
    }

    public EntryBuilder name(String constantName) {
      this.name = constantName;
      return this;
    }

    public EntryBuilder message(String template) {
      this.message = template(template);
      return this;
    }

    public EntryBuilder variant(String template) {
      variants.add(template(template));
      return this;
    }

    public EntryBuilder shape(Shape shape) {
      this.shape = shape;
      return this;
    }

    public EntryBuilder when(Constant constant) {
      when.add(constant);
      return this;
    }

    public EntryBuilder retry(RetryClass retryClass) {
      this.retry = RetryPolicy.of(retryClass);
      return this;
    }

    public EntryBuilder retry(RetryPolicy policy) {
      this.retry = policy;
      return this;
    }

    public EntryBuilder description(String text) {
      this.description = text;
      return this;
    }

    public EntryBuilder cause(String text) {
      this.cause = text;
      return this;
    }

    public EntryBuilder fix(String text) {
      this.fix = text;
      return this;
    }

    public EntryBuilder endpoint(String endpoint) {
      endpoints.add(endpoint);
      return this;
    }

    public EntryBuilder endpoints(String... endpoints) {
      this.endpoints.addAll(List.of(endpoints));
      return this;
    }

    public EntryBuilder example(String body) {
      examples.add(new Example(body, AT));
      return this;
    }

    public EntryBuilder duplicate(String note) {
      duplicates.add(note);
      return this;
    }

    public EntryBuilder deprecated(String note) {
      this.deprecated = note;
      return this;
    }

    public EntryBuilder group(String group) {
      this.group = group;
      return this;
    }

    /** Marks an aspect ({@code shape}, {@code retry}, ...) as the catalog's decision. */
    public EntryBuilder decided(String aspect, String reason) {
      this.decided.add(new Decision(aspect, reason, AT));
      return this;
    }

    /** A header the API sends with this entry, e.g. {@code Retry-After}. */
    public EntryBuilder header(String name) {
      this.headers.add(name);
      return this;
    }

    public Entry build() {
      String constant = name != null ? name : Names.constantName(code);
      Shape resolved = shape != null ? shape : message == null ? EMPTY : TEXT;
      return new Entry(code, constant, Names.methodName(constant), status, title, Optional.ofNullable(message),
          List.copyOf(variants), resolved, List.copyOf(when), retry, Optional.ofNullable(description),
          Optional.ofNullable(cause), Optional.ofNullable(fix), List.copyOf(endpoints), List.copyOf(examples),
          List.copyOf(duplicates), Optional.ofNullable(deprecated),
          group != null ? group : HttpStatuses.defaultGroup(status), Names.anchor(code.isEmpty() ? constant : code),
          AT, List.copyOf(decided), List.copyOf(headers));
    }
  }
}
