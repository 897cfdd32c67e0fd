package dev.errorcatalog.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A body an API's clients meet that the API never sent: the page or text a proxy, CDN, load balancer or gateway in
 * front of it answers with ({@code src/test/resources/wild-bodies}, listed in its {@code index.txt}), with the
 * status and {@code Content-Type} it comes with. The decoders must not label these with a documented entry by
 * the status alone.
 *
 * @param file the file's name in the folder
 * @param status the status the sender answers with
 * @param contentType its {@code Content-Type}; {@code null} where it sends none
 * @param sender what sends it, and when
 * @param bytes the body as it is sent
 */
record WildBody(String file, int status, String contentType, String sender, byte[] bytes) {

  static final String FOLDER = "src/test/resources/wild-bodies";

  /** Every body of the folder, in the index's order. */
  static List<WildBody> all() {
    Path folder = SeedFacts.moduleDirectory().resolve(FOLDER);
    try {
      List<WildBody> out = new ArrayList<>();
      for (String line : Files.readAllLines(folder.resolve("index.txt"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 4) {
          throw new IllegalStateException("index.txt: not four tab-separated cells: " + line);
        }
        out.add(new WildBody(cells[0], Integer.parseInt(cells[1]), cells[2].equals("-") ? null : cells[2], cells[3],
            Files.readAllBytes(folder.resolve(cells[0]))));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headers it comes with: its {@code Content-Type}, if it has one. */
  Map<String, List<String>> headers() {
    return contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
  }

  /** Its start on one line, whitespace runs as one space, cut at {@code max} characters. */
  String opening(int max) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  @Override
  public String toString() {
    return file + " (" + status + ")";
  }
}
