package dev.errorcatalog.processor.openapi.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of plain values as the document's JSON: two spaces of indentation, one member or element a line,
 * {@code "key": value}, {@code \n} line ends whatever the platform, non-ASCII characters as themselves (the file is
 * UTF-8), and a line break at the end. Objects are written in their maps' order, which the builders fix.
 *
 * <p>Values: {@link Map} (string keys), {@link List}, {@link String}, {@link Integer}, {@link Long},
 * {@link Boolean}, {@link RawNumber} and {@code null}.
 */
final class JsonText {

  /** A JSON number as written in a catalog's example or constant, kept exactly ({@code 1e3} stays {@code 1e3}). */
  record RawNumber(String text) {}

  private static final JsonFactory JSON = new JsonFactory();

  /** RFC 8259's number. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private JsonText() {}

  static String write(Object value) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.setPrettyPrinter(printer);
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.append('\n').toString();
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        out.writeFieldName((String) member.getKey());
        write(out, member.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof RawNumber number) {
      if (NUMBER.matcher(number.text()).matches()) {
        out.writeNumber(number.text());
      } else {
        out.writeString(number.text()); // never raw text that is no JSON number
      }
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }
}
