package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.runtime.CatalogCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Throws 100,000 mutated bodies per catalog at the decoder (without its last-resort guard): not one may
 * raise an exception, and every result must be consistent. A run takes seconds; it runs under a preemptive
 * guard of minutes, so that a body that makes the decoder spin fails the test instead of hanging it.
 */
class DecoderFuzzTest {

  static final int INPUTS_PER_CATALOG = 100_000;

  /** A guard against hangs, not a measurement: a run takes about 5 s here. */
  static final Duration GUARD = Duration.ofMinutes(2);

  @Test
  void acmeCatalog() {
    fuzz(TestModels.acme(), 1L);
  }

  @Test
  void largeCatalog() {
    fuzz(TestModels.big(500), 2L);
  }

  /** Fuzzes one catalog, under {@link #GUARD}; seeds are its examples and the bodies its encoder renders. */
  static void fuzz(CatalogModel catalog, long seed) {
    assertTimeoutPreemptively(GUARD, () -> fuzzUnguarded(catalog, seed));
  }

  private static void fuzzUnguarded(CatalogModel catalog, long seed) {
    CatalogCodec<ModelCodecs.Err> codec = ModelCodecs.of(catalog);
    List<String> seeds = new ArrayList<>();
    TreeSet<String> words = new TreeSet<>();
    List<Integer> statuses = new ArrayList<>(List.of(0, 200, 418, 599, 999, -1));
    for (Entry e : catalog.entries()) {
      e.examples().stream().map(Example::body).forEach(seeds::add);
      seeds.add(codec.encode(new ModelCodecs.Err(e), Map.of(), Duration.ofSeconds(3)));
      words.add(e.code());
      statuses.add(e.status());
    }
    for (String pointer : codec.pointers()) {
      for (String token : pointer.split("/")) {
        words.add(token);
      }
    }
    BodyFuzzer fuzzer = new BodyFuzzer(seed, seeds, List.copyOf(words));
    Random random = fuzzer.random();
    String[] retryAfters = {"5", " 120 ", "-1", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
        "soon", "", "99999999999999999999999", "1E-20000000", "1e999999999", "-0", "0.5e-2147483648"};
    long start = System.nanoTime();
    long bytes = 0;
    for (int i = 0; i < INPUTS_PER_CATALOG; i++) {
      byte[] body = fuzzer.next();
      bytes += body.length;
      int status = statuses.get(random.nextInt(statuses.size()));
      Map<String, List<String>> headers = random.nextInt(8) == 0
          ? Map.of("retry-after", List.of(retryAfters[random.nextInt(retryAfters.length)]))
          : Map.of();
      DecodedError<ModelCodecs.Err> d;
      try {
        d = codec.decodeUnguarded(status, headers, body);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("input " + i + " (status " + status + ", base64 "
            + Base64.getEncoder().encodeToString(body) + ") threw", e);
      }
      check(d, status, body);
      if (i % 64 == 0) {
        assertNotNull(d.toException()); // builds a stack trace: too slow to do for every input
      }
    }
    System.out.printf("fuzzed %s: %,d inputs, %,d bytes in %d ms%n", catalog.id(), INPUTS_PER_CATALOG, bytes,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static void check(DecodedError<ModelCodecs.Err> d, int status, byte[] body) {
    assertEquals(status, d.status());
    assertEquals(body.length, d.rawBodyLength());
    switch (d.matchKind()) {
      case NONE -> assertTrue(d.entry().isEmpty());
      case CODE -> {
        // The code is in the body as documented, unless escapes spell it (rare: then check it is there).
        String code = d.entry().orElseThrow().code();
        if (!contains(body, code.getBytes(StandardCharsets.UTF_8)) && !contains(body, new byte[] {'\\'})
            && !contains(body, new byte[] {0})) {
          fail("decoded by code " + code + " from a body that does not name it: "
              + new String(body, StandardCharsets.UTF_8));
        }
      }
      case MESSAGE, STATUS -> assertEquals(status, d.entry().orElseThrow().httpStatus(), d::toString);
    }
    if (d.matchKind() != MatchKind.NONE && !d.args().isEmpty()) {
      Entry e = d.entry().orElseThrow().entry();
      for (String name : d.args().keySet()) {
        assertTrue(e.arguments().stream().anyMatch(p -> p.name().equals(name)), () -> name + " in " + d);
      }
    }
  }

  private static boolean contains(byte[] body, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= body.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (body[i + j] != what[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
