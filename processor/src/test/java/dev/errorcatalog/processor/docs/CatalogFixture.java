package dev.errorcatalog.processor.docs;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.processor.model.HttpStatuses;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.model.PlaceholderType;
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
 * Builds catalog models in test code, the way the loader would, so the docs can be tested without YAML.
 * Templates are parsed here with the format's rules ({@code {name:type}}, {@code {{ }}}).
 */
final class CatalogFixture {

  static final SourcePosition AT = new SourcePosition("test.yaml", 1, 1);

  static final Shape EMPTY = new Shape("empty", BodyKind.EMPTY, Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), AT);

  static final Shape TEXT = new Shape("text", BodyKind.TEXT, Optional.empty(), Optional.empty(), Map.of(),
      List.of(), Optional.empty(), AT);

  private CatalogFixture() {}

  /** A JSON shape with a code and a message pointer (either may be null). */
  static Shape json(String name, String code, String message) {
    return new Shape(name, BodyKind.JSON, Optional.ofNullable(code), Optional.ofNullable(message), Map.of(),
        List.of(), Optional.empty(), AT);
  }

  /** A JSON shape with every part. */
  static Shape json(String name, String code, String message, Map<String, String> fields, List<Constant> when,
      String retryAfter) {
    return new Shape(name, BodyKind.JSON, Optional.ofNullable(code), Optional.ofNullable(message),
        new LinkedHashMap<>(fields), when, Optional.ofNullable(retryAfter), AT);
  }

  static Constant constant(String pointer, JsonScalar.Kind kind, String text) {
    return new Constant(pointer, new JsonScalar(kind, text), AT);
  }

  static RetryPolicy retry(RetryClass retryClass, String base, String cap, Integer attempts, String window) {
    return new RetryPolicy(retryClass, Optional.ofNullable(base).map(CatalogFixture::duration),
        Optional.ofNullable(cap).map(CatalogFixture::duration),
        attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts),
        Optional.ofNullable(window).map(CatalogFixture::duration));
  }

  /** {@code 500ms}, {@code 1s}, {@code 15m}, {@code 2h}. */
  static Duration duration(String text) {
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

  /** Parses a message template: {@code Order {orderId:int} not found}. */
  static MessageTemplate template(String source) {
    List<MessageTemplate.Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < source.length() && source.charAt(i + 1) == c) {
        literal.append(c);
        i++;
      } else if (c == '{') {
        int end = source.indexOf('}', i);
        String[] parts = source.substring(i + 1, end).split(":", 2);
        if (literal.length() > 0) {
          segments.add(new MessageTemplate.Literal(literal.toString()));
          literal.setLength(0);
        }
        PlaceholderType type = parts.length == 2 ? PlaceholderType.byYamlName(parts[1]) : PlaceholderType.STRING;
        segments.add(new MessageTemplate.Placeholder(parts[0], type));
        i = end;
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      segments.add(new MessageTemplate.Literal(literal.toString()));
    }
    return new MessageTemplate(source, segments, AT);
  }

  static EntryBuilder entry(String code, int status, String title) {
    return new EntryBuilder(code, status, title);
  }

  static CatalogModel catalog(String id, String title, String docs, String description, List<Entry> entries) {
    List<Shape> shapes = new ArrayList<>();
    for (Entry e : entries) {
      if (shapes.stream().noneMatch(s -> s.name().equals(e.shape().name()))) {
        shapes.add(e.shape());
      }
    }
    return new CatalogModel(id, title, Optional.ofNullable(docs), Optional.ofNullable(description), shapes,
        entries, "/somewhere/" + id + ".yaml");
  }

  /** An entry with the loader's defaults: no message, empty shape, retry never, group from the status. */
  static final class EntryBuilder {
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

    private EntryBuilder(String code, int status, String title) {
      this.code = code;
      this.status = status;
      this.title = title;
    }

    EntryBuilder name(String constantName) {
      this.name = constantName;
      return this;
    }

    EntryBuilder message(String template) {
      this.message = template(template);
      return this;
    }

    EntryBuilder variant(String template) {
      variants.add(template(template));
      return this;
    }

    EntryBuilder shape(Shape shape) {
      this.shape = shape;
      return this;
    }

    EntryBuilder when(Constant constant) {
      when.add(constant);
      return this;
    }

    EntryBuilder retry(RetryClass retryClass) {
      this.retry = RetryPolicy.of(retryClass);
      return this;
    }

    EntryBuilder retry(RetryPolicy policy) {
      this.retry = policy;
      return this;
    }

    EntryBuilder description(String text) {
      this.description = text;
      return this;
    }

    EntryBuilder cause(String text) {
      this.cause = text;
      return this;
    }

    EntryBuilder fix(String text) {
      this.fix = text;
      return this;
    }

    EntryBuilder endpoint(String endpoint) {
      endpoints.add(endpoint);
      return this;
    }

    EntryBuilder example(String body) {
      examples.add(new Example(body, AT));
      return this;
    }

    EntryBuilder duplicate(String note) {
      duplicates.add(note);
      return this;
    }

    EntryBuilder deprecated(String note) {
      this.deprecated = note;
      return this;
    }

    EntryBuilder group(String group) {
      this.group = group;
      return this;
    }

    Entry build() {
      String constant = name != null ? name : Names.constantName(code);
      Shape resolved = shape != null ? shape : message == null ? EMPTY : TEXT;
      return new Entry(code, constant, Names.methodName(constant), status, title, Optional.ofNullable(message),
          List.copyOf(variants), resolved, List.copyOf(when), retry, Optional.ofNullable(description),
          Optional.ofNullable(cause), Optional.ofNullable(fix), List.copyOf(endpoints), List.copyOf(examples),
          List.copyOf(duplicates), Optional.ofNullable(deprecated),
          group != null ? group : HttpStatuses.defaultGroup(status), Names.anchor(code), AT);
    }
  }
}
