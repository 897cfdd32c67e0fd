package dev.errorcatalog.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.output.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file: read back whole under its own key only; anything else is no cache. */
class BuildCacheTest {

  private static final CachedBuild BUILD = new CachedBuild(
      List.of(new CachedBuild.Catalog(0, "acme", "acme.AcmeCatalog")),
      List.of(new CachedBuild.Message(true, 0, "acme.yaml:3:5: warning[EC051 title-too-long] \u65e5\u672c"),
          new CachedBuild.Message(false, -1, "errorcatalog: a note")),
      List.of(OutputFile.source("acme.AcmeError", "enum AcmeError { A }\n\u00e9\ud83d\ude00", "acme"),
          OutputFile.page("errorcatalog.docs", "acme.md", "# Acme\n", "acme"),
          OutputFile.resource("META-INF/services/dev.errorcatalog.Catalog", "acme.AcmeCatalog\n", ""),
          OutputFile.resource("META-INF/errorcatalog/docs/empty.md", "", "acme")));

  @TempDir Path dir;

  private static byte[] key(String text) {
    return new CacheKey().add("k", text).bytes();
  }

  @Test
  void whatIsWrittenReadsBackUnderItsKeyOnly() {
    BuildCache cache = new BuildCache(dir.resolve("cache/classes.bin"));
    assertEquals(Optional.empty(), cache.read(key("a")), "no file, no cache");
    assertTrue(cache.write(key("a"), BUILD));
    assertEquals(Optional.of(BUILD), cache.read(key("a")));
    assertEquals(Optional.empty(), cache.read(key("b")));
  }

  @Test
  void everyTruncationAndEveryFlippedByteIsNoCache() throws IOException {
    BuildCache cache = new BuildCache(dir.resolve("classes.bin"));
    assertTrue(cache.write(key("a"), BUILD));
    byte[] kept = Files.readAllBytes(cache.file());
    for (int n = 0; n < kept.length; n++) {
      Files.write(cache.file(), java.util.Arrays.copyOf(kept, n));
      assertEquals(Optional.empty(), cache.read(key("a")), "truncated to " + n);
      byte[] flipped = kept.clone();
      flipped[n] ^= 0x10;
      Files.write(cache.file(), flipped);
      assertEquals(Optional.empty(), cache.read(key("a")), "byte " + n + " flipped");
    }
  }

  @Test
  void textThatUtf8CannotHoldIsNotKept() {
    BuildCache cache = new BuildCache(dir.resolve("classes.bin"));
    CachedBuild lone = new CachedBuild(List.of(), List.of(),
        List.of(OutputFile.source("a.A", "class A { String s = \"\ud800\"; }", "a")));
    assertFalse(cache.write(key("a"), lone));
    assertEquals(Optional.empty(), cache.read(key("a")));
  }

  @Test
  void aKeyThatOnlyStartsAsTheKeptOneIsNoCache() {
    BuildCache cache = new BuildCache(dir.resolve("classes.bin"));
    assertTrue(cache.write(new CacheKey().add("k", "ab").bytes(), BUILD));
    assertEquals(Optional.empty(), cache.read(new CacheKey().add("k", "a").bytes()));
    assertEquals(Optional.empty(), cache.read(new CacheKey().add("k", "abc").bytes()));
    assertEquals(Optional.of(BUILD), cache.read(new CacheKey().add("k", "ab").bytes()));
  }

  @Test
  void aTextWrittenTwiceIsKeptOnce() throws IOException {
    String page = "# Acme\n" + "An error of Acme's API, documented at length.\n".repeat(4_000);
    CachedBuild twice = new CachedBuild(List.of(new CachedBuild.Catalog(0, "acme", "acme.AcmeCatalog")), List.of(),
        List.of(OutputFile.resource("META-INF/errorcatalog/docs/acme.md", page, "acme"),
            OutputFile.page("errorcatalog.docs", "acme.md", page, "acme")));
    BuildCache cache = new BuildCache(dir.resolve("classes.bin"));
    assertTrue(cache.write(key("a"), twice));
    assertTrue(Files.size(cache.file()) < page.length() + 1_000, Files.size(cache.file()) + " bytes");
    assertEquals(Optional.of(twice), cache.read(key("a")));
  }

  @Test
  void theKeyFramesItsParts() {
    assertFalse(java.util.Arrays.equals(new CacheKey().add("x", "ab").add("y", "c").bytes(),
        new CacheKey().add("x", "a").add("y", "bc").bytes()));
    assertFalse(java.util.Arrays.equals(new CacheKey().add("x", (String) null).bytes(),
        new CacheKey().add("x", "").bytes()));
  }
}
