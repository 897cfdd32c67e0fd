package dev.errorcatalog.processor.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.runtime.CatalogCodec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For every entry: the body the encoder renders for sample arguments decodes (at the entry's status) back to
 * that entry, with those arguments and the retry hint.
 */
class EncodeDecodePropertyTest {

  /** Strings no template literal contains, with everything JSON must escape. */
  private static final String[] HOSTILE = {
      "q\"z", "q\\z", "q\\u0041z", "q\nz\r\tz", "q\u0000\u0001\u001fz", "q\u00e9\u4e2d\ud83d\ude00z", "q\u2028z",
      "q\ud800z", "q</script>z", "q{x}z", "q}}{{z", "q*/z", "q$1z"};

  @Test
  void acmeEntriesRoundTrip() {
    roundTrip(TestModels.acme(), 1L, 50);
  }

  @Test
  void fiveThousandEntriesRoundTrip() {
    roundTrip(TestModels.big(5000), 2L, 2);
  }

  static void roundTrip(CatalogModel catalog, long seed, int rounds) {
    CatalogCodec<ModelCodecs.Err> codec = ModelCodecs.of(catalog);
    Random random = new Random(seed);
    for (int round = 0; round < rounds; round++) {
      for (Entry e : catalog.entries()) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (MessageTemplate.Placeholder p : e.arguments()) {
          args.put(p.name(), sample(p, random, round));
        }
        Duration retryAfter = Duration.ofSeconds(random.nextInt(3600));
        ModelCodecs.Err err = new ModelCodecs.Err(e);
        String body = codec.encode(err, args, retryAfter);
        DecodedError<ModelCodecs.Err> d = codec.decode(e.status(), body);
        assertEquals(Optional.of(err), d.entry(), () -> e.code() + ": " + body + " -> " + d);
        Map<String, String> expected = new LinkedHashMap<>();
        args.forEach((k, v) -> expected.put(k, String.valueOf(v)));
        if (e.shape().body() != BodyKind.EMPTY) {
          assertEquals(expected, d.args(), () -> e.code() + ": " + body);
          e.message().ifPresent(m -> assertEquals(Optional.of(err.format(args)), d.message(), body));
        } else {
          assertEquals(MatchKind.STATUS, d.matchKind());
        }
        if (e.shape().retryAfter().isPresent()) {
          assertEquals(Optional.of(retryAfter), d.retryAfter(), body);
        }
      }
    }
  }

  private static Object sample(MessageTemplate.Placeholder p, Random random, int round) {
    return switch (p.type()) {
      case INT -> round % 3 == 0 ? random.nextLong() : (long) random.nextInt(1000);
      case NUMBER -> new java.math.BigDecimal(random.nextInt(100_000) - 50_000).movePointLeft(random.nextInt(4));
      case BOOL -> random.nextBoolean();
      case STRING -> round % 2 == 1 ? HOSTILE[random.nextInt(HOSTILE.length)] : "v" + Integer.toString(random.nextInt(1 << 20), 36);
    };
  }
}
