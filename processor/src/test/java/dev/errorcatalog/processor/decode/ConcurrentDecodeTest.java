package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import dev.errorcatalog.runtime.CatalogCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One decoder shared by many threads, as a client's static decoder is: every thread gets the answers a
 * single thread gets. Bodies with keys never seen before are mixed in, so that jackson's shared table of
 * field names grows and is merged while other threads read through it.
 */
class ConcurrentDecodeTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 300;

  @Test
  void threadsSharingADecoderGetTheSameResultsAsOneThread() throws Exception {
    CatalogModel catalog = ShippedCatalogs.load("insider-one");
    CatalogCodec<ModelCodecs.Err> codec = ModelCodecs.of(catalog);
    List<Integer> statuses = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (Entry e : catalog.entries()) {
      for (Example x : e.examples()) {
        statuses.add(e.status());
        bodies.add(x.body());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      expected.add(describe(codec.decode(statuses.get(i), bodies.get(i))));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> wrong = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            // Fresh keys for jackson's shared name table, before each pass over the examples.
            codec.decode(400, "{\"k" + thread + "_" + round + "\": 1, \"error\": \"x\", \"n" + round + "\": {}}");
            for (int i = 0; i < bodies.size(); i++) {
              String actual = describe(codec.decode(statuses.get(i), bodies.get(i)));
              if (!actual.equals(expected.get(i))) {
                wrong.add(bodies.get(i) + ": " + actual + " instead of " + expected.get(i));
              }
            }
          }
          return wrong;
        }));
      }
      for (Future<List<String>> result : results) {
        assertEquals(List.of(), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(DecodedError<ModelCodecs.Err> d) {
    return d.entry().map(e -> e.entry().code()).orElse("-") + " " + d.matchKind() + " " + d.message().orElse("-")
        + " " + d.args() + " " + d.retryAfter().orElse(null);
  }
}
