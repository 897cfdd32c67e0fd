package dev.errorcatalog.benchmarks;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline (b) doing the decoder's job: what a careful user writes today to get from an error response what
 * the generated decoder gives (entry, match kind, message, captured placeholders and fields, retry hint),
 * with {@code ObjectMapper.readTree}, JSON Pointers and {@link Pattern}s. {@link HandWrittenLookup} is the
 * lean version of the same idea, which skips most of that work.
 *
 * <p>How it decodes: the body becomes a tree (an empty or unreadable body an empty one); a value at a code
 * pointer that names a documented code gives {@link MatchKind#CODE}, and the entry's placeholders are
 * captured from the message if one of its patterns matches it; else the message (the first value at the
 * message pointers) is tried against the patterns of the entries at the response's status, most literal text
 * first, then in catalog order, and the first full match gives {@link MatchKind#MESSAGE}; else, if the body
 * named no code, the first entry at that status without a message gives {@link MatchKind#STATUS} when the body
 * is of the kind the entry documents ({@link DocumentedBodies}: no body, JSON, text; never an HTML page); else
 * {@link MatchKind#NONE}. A matched entry also gets the body's fields. The retry hint is the
 * {@code Retry-After} header (seconds or an HTTP date), else the body's number of seconds.
 *
 * <p>Each documented template (the primary message and its variants, typed, see {@link DocumentedTemplates})
 * becomes one regular expression, compiled once: literal text quoted, a placeholder a capturing group of its
 * type ({@code string} {@code (.+?)}, {@code int} {@code (-?\d+)}, {@code number} {@code (-?\d+(?:\.\d+)?)},
 * {@code bool} {@code (true|false)}), {@code {{} and {@code }}} literal braces.
 *
 * <p>What it still does not do, where the decoder does:
 * <ul>
 *   <li>{@code when} constants: entries are told apart by code, template and status only. Where a catalog
 *       tells two entries apart by a constant alone (the same template at the same status, or no template),
 *       the first in catalog order wins.
 *   <li>Shapes: one list of message pointers for the whole catalog (the first present is the message), not
 *       each entry's own; a code at any code pointer; the fields of every shape, for whichever entry matched.
 *       A status-only entry is guessed as "no message documented, and the body named no code", where the
 *       decoder knows the entries documented without a body; the body's kind is judged on its decoded text
 *       (no byte order marks other than UTF-8's, no look-ahead past comments).
 *   <li>Text bodies ({@code body: text}) are not read as messages.
 *   <li>No limits of its own: a retry hint of years is believed, a hostile message may make the lazy groups
 *       backtrack, and the tree holds the whole body (within jackson's default read constraints).
 * </ul>
 * {@code HandWrittenDecoderTest} checks that on every benchmarked body it finds what the decoder finds.
 */
final class HandWrittenDecoder {

  /** What a decode found: the entry ({@code null} if none), how, the message, the arguments, the retry hint. */
  record Result(CatalogError entry, MatchKind kind, String message, Map<String, String> args, Duration retryAfter) {}

  /** One documented message of an entry as a regular expression, its groups named by {@code names}. */
  record MessagePattern(CatalogError entry, Pattern pattern, List<String> names, int literalLength) {

    /** Compiles a template: {@code Order {orderId:int} not found}, {@code {{} for a literal brace. */
    static MessagePattern compile(CatalogError entry, String template) {
      StringBuilder regex = new StringBuilder();
      StringBuilder literal = new StringBuilder();
      List<String> names = new ArrayList<>();
      int literalLength = 0;
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
          literal.append(c);
          i += 2;
        } else if (c == '{') {
          int close = template.indexOf('}', i);
          if (close < 0) {
            throw new IllegalArgumentException("unclosed placeholder in template: " + template);
          }
          literalLength += literal.length();
          quote(literal, regex);
          String placeholder = template.substring(i + 1, close);
          int colon = placeholder.indexOf(':');
          names.add(colon < 0 ? placeholder : placeholder.substring(0, colon));
          String type = colon < 0 ? "string" : placeholder.substring(colon + 1);
          regex.append(switch (type) {
            case "string" -> "(.+?)";
            case "int" -> "(-?\\d+)";
            case "number" -> "(-?\\d+(?:\\.\\d+)?)";
            case "bool" -> "(true|false)";
            default -> throw new IllegalArgumentException("unknown placeholder type in template: " + template);
          });
          i = close + 1;
        } else {
          literal.append(c);
          i++;
        }
      }
      literalLength += literal.length();
      quote(literal, regex);
      // DOTALL: a string placeholder takes any text, line breaks included.
      return new MessagePattern(entry, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names),
          literalLength);
    }

    private static void quote(StringBuilder literal, StringBuilder regex) {
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
    }

    /** If the whole message matches, puts each captured placeholder into {@code args} and returns true. */
    boolean capture(String message, Map<String, String> args) {
      Matcher matcher = pattern.matcher(message);
      if (!matcher.matches()) {
        return false;
      }
      for (int group = 1; group <= names.size(); group++) {
        args.put(names.get(group - 1), matcher.group(group));
      }
      return true;
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<JsonPointer> codePointers;
  private final List<JsonPointer> messagePointers;
  private final List<JsonPointer> retryAfterPointers;
  private final Map<String, JsonPointer> fields = new LinkedHashMap<>();
  private final Map<String, CatalogError> byCode = new HashMap<>();
  private final Map<CatalogError, List<MessagePattern>> patternsByEntry = new HashMap<>();
  private final Map<Integer, List<MessagePattern>> patternsByStatus = new HashMap<>();
  private final Map<Integer, CatalogError> withoutMessageByStatus = new HashMap<>();
  private final Map<String, DocumentedBodies.Kind> documentedBodies;

  HandWrittenDecoder(CatalogFixture fixture) {
    this.codePointers = fixture.codePointers().stream().map(JsonPointer::compile).toList();
    this.messagePointers = fixture.messagePointers().stream().map(JsonPointer::compile).toList();
    this.retryAfterPointers = fixture.retryAfterPointers().stream().map(JsonPointer::compile).toList();
    fixture.fields().forEach((name, pointer) -> fields.put(name, JsonPointer.compile(pointer)));
    Map<String, List<String>> templates = DocumentedTemplates.of(fixture.catalogId());
    this.documentedBodies = DocumentedBodies.of(fixture.catalogId());
    for (CatalogError entry : ErrorCatalogs.catalog(fixture.catalogId()).entries()) {
      if (!entry.code().isEmpty()) {
        byCode.putIfAbsent(entry.code(), entry); // an entry with a name only is never found by code
      }
      List<MessagePattern> patterns = new ArrayList<>();
      for (String template : templates.getOrDefault(entry.name(), List.of())) {
        patterns.add(MessagePattern.compile(entry, template));
      }
      patternsByEntry.put(entry, patterns);
      if (patterns.isEmpty()) {
        withoutMessageByStatus.putIfAbsent(entry.httpStatus(), entry);
      } else {
        patternsByStatus.computeIfAbsent(entry.httpStatus(), status -> new ArrayList<>()).addAll(patterns);
      }
    }
    // Most literal text first; a stable sort, so catalog order within the same length.
    for (List<MessagePattern> patterns : patternsByStatus.values()) {
      patterns.sort(Comparator.comparingInt(MessagePattern::literalLength).reversed());
    }
  }

  Result decode(int status, Map<String, List<String>> headers, byte[] body) {
    JsonNode root = readTree(body);
    String message = null;
    for (JsonPointer pointer : messagePointers) {
      message = text(root.at(pointer));
      if (message != null) {
        break;
      }
    }

    CatalogError entry = null;
    MatchKind kind = MatchKind.NONE;
    Map<String, String> args = new LinkedHashMap<>();
    boolean namedCode = false;
    for (JsonPointer pointer : codePointers) {
      String code = text(root.at(pointer));
      if (code != null) {
        namedCode = true;
        entry = byCode.get(code);
        if (entry != null) {
          kind = MatchKind.CODE;
          break;
        }
      }
    }
    if (entry != null) {
      if (message != null) {
        for (MessagePattern pattern : patternsByEntry.get(entry)) {
          if (pattern.capture(message, args)) {
            break;
          }
        }
      }
    } else if (message != null) {
      for (MessagePattern pattern : patternsByStatus.getOrDefault(status, List.of())) {
        if (pattern.capture(message, args)) {
          entry = pattern.entry();
          kind = MatchKind.MESSAGE;
          break;
        }
      }
    }
    if (entry == null && !namedCode) {
      CatalogError alone = withoutMessageByStatus.get(status);
      if (alone != null && DocumentedBodies.takes(documentedBodies.get(alone.name()), headers, body)) {
        entry = alone;
        kind = MatchKind.STATUS;
      }
    }

    if (entry != null) {
      for (Map.Entry<String, JsonPointer> field : fields.entrySet()) {
        String value = text(root.at(field.getValue()));
        if (value != null) {
          args.putIfAbsent(field.getKey(), value);
        }
      }
    }
    Duration retryAfter = retryAfterHeader(headers);
    for (int i = 0; retryAfter == null && i < retryAfterPointers.size(); i++) {
      retryAfter = seconds(text(root.at(retryAfterPointers.get(i))));
    }
    return new Result(entry, kind, message, args, retryAfter);
  }

  private static JsonNode readTree(byte[] body) {
    if (body == null || body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode root = MAPPER.readTree(body);
      return root == null ? MissingNode.getInstance() : root;
    } catch (IOException | RuntimeException e) {
      return MissingNode.getInstance();
    }
  }

  /** A string, number or boolean as text; {@code null} for anything else (missing, null, object, array). */
  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /** The {@code Retry-After} header, header name in any case: delta-seconds or an HTTP date. */
  static Duration retryAfterHeader(Map<String, List<String>> headers) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if ("Retry-After".equalsIgnoreCase(header.getKey()) && header.getValue() != null
          && !header.getValue().isEmpty() && header.getValue().get(0) != null) {
        String value = header.getValue().get(0).trim();
        try {
          long seconds = Long.parseLong(value);
          return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
          try {
            Duration wait = Duration.between(Instant.now(),
                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
          } catch (DateTimeParseException notADate) {
            return null;
          }
        }
      }
    }
    return null;
  }

  /** A body value holding a number of seconds, decimals allowed. */
  private static Duration seconds(String value) {
    if (value == null) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(value);
      return seconds >= 0 ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
