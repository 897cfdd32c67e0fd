package dev.errorcatalog.processor.yaml;

import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding of a catalog: a byte that is not UTF-8 is reported where it stands (EC022). */
final class Utf8 {

  private Utf8() {}

  /** The text without a leading byte order mark, or empty after reporting where the bytes go wrong. */
  static Optional<String> decode(String file, byte[] content, Diagnostics diagnostics) {
    if (content == null) {
      diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(new SourcePosition(file, 1, 1),
          "the file could not be read.", "Check that it exists and is readable."));
      return Optional.empty();
    }
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      reportAt(file, out, content[in.position()] & 0xFF, diagnostics);
      return Optional.empty();
    }
    result = decoder.flush(out);
    if (result.isError()) {
      out.flip();
      reportAt(file, out, content[Math.min(in.position(), content.length - 1)] & 0xFF, diagnostics);
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  private static void reportAt(String file, CharBuffer decodedSoFar, int badByte, Diagnostics diagnostics) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decodedSoFar.limit(); i++) {
      char c = decodedSoFar.get(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    diagnostics.add(DiagnosticId.UNREADABLE_CATALOG.error(new SourcePosition(file, line, column),
        String.format("the file is not valid UTF-8: byte 0x%02X cannot start or continue a character here.", badByte),
        "Save the file as UTF-8 (catalogs are always UTF-8; editors offer this under 'encoding')."));
  }
}
