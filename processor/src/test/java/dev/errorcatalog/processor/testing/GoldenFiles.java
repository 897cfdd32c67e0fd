package dev.errorcatalog.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Golden files under {@code src/test/resources}: output compared byte for byte. With {@code -Dgolden.update=true}
 * the new output is written under {@code target/golden-update/} (same relative paths) and the test still fails,
 * naming what changed: a reviewer copies the files over the golden ones, so an update never passes unseen.
 */
public final class GoldenFiles {

  private static final Path SOURCES = Paths.get("src/test/resources");
  private static final Path UPDATES = Paths.get("target/golden-update");

  private GoldenFiles() {}

  /** Whether this run writes new golden files instead of comparing ({@code -Dgolden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Compares {@code actual} with one golden file (see the class comment for the update mode). */
  public static void assertMatches(Path golden, String actual) {
    assertAllMatch(Map.of(golden, actual));
  }

  /** Compares each output with its golden file; in update mode writes them all, then fails once. */
  public static void assertAllMatch(Map<Path, String> outputs) {
    if (updating()) {
      List<String> changed = new ArrayList<>();
      outputs.forEach((golden, actual) -> {
        Path update = UPDATES.resolve(SOURCES.relativize(golden));
        write(update, actual);
        if (!Files.exists(golden) || !read(golden).equals(actual)) {
          changed.add(update + " (was " + golden + ")");
        }
      });
      fail("golden.update: wrote " + outputs.size() + " file(s) under " + UPDATES + "; changed: "
          + (changed.isEmpty() ? "none" : String.join(", ", changed))
          + ". Review them and copy them over the golden files, then run without -Dgolden.update.");
    }
    outputs.forEach((golden, actual) -> assertEquals(read(golden), actual, "golden file " + golden));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("golden file " + file + " is missing or unreadable", e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
