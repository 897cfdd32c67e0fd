package dev.errorcatalog.runtime;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A body read as text, for the {@code text} shapes: in the charset its byte order mark names, else in the one
 * its {@code Content-Type} names, else in UTF-8 (what the encoders send, and HTTP's de facto default).
 */
final class BodyText {

  private BodyText() {}

  /**
   * The whole body as text, trimmed, without a byte order mark. Bytes the charset cannot decode become U+FFFD; a
   * charset the JVM does not know, or a malformed {@code Content-Type}, falls back to UTF-8.
   */
  static String of(byte[] body, String contentType) {
    int bom = BodyParsers.bomLength(body);
    Charset charset;
    if (bom > 0) {
      charset = StandardCharsets.UTF_8;
    } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else {
      charset = declared(contentType);
    }
    return new String(body, bom, body.length - bom, charset).strip();
  }

  /**
   * The {@code charset} parameter of a media type ({@code text/plain; charset=ISO-8859-1}, quoted or not, any
   * case), or UTF-8.
   */
  static Charset declared(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
        String name = parameter.substring(equals + 1).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1);
        }
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The first character of {@link #of} when the body starts with ASCII (after a UTF-8 byte order mark and
   * ASCII whitespace), else {@link MessageIndex#UNKNOWN_FIRST}: a cheap look before the body is decoded. Right
   * for the charsets that write ASCII as ASCII (UTF-8, the ISO-8859 and windows-125x families, and UTF-16LE,
   * whose first byte is the character); a body in UTF-16BE or UTF-32, or with a UTF-16 mark, starts with a byte
   * that gives {@code UNKNOWN_FIRST}, so it is decoded and searched. (EBCDIC is not read.)
   */
  static char firstChar(byte[] body) {
    int i = BodyParsers.bomLength(body);
    while (i < body.length && LeadingBytes.isSpace(body[i])) {
      i++;
    }
    return i < body.length && body[i] > 0 ? (char) body[i] : MessageIndex.UNKNOWN_FIRST;
  }
}
