package dev.errorcatalog.processor.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.RetrySpelling;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostics;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The model's spelling of retry advice is what the loader reads back: one spelling, both ways. */
class RetrySpellingTest {

  private static final SourcePosition AT = new SourcePosition("fixture.yaml", 1, 1);

  @Test
  void everyRetryClassIsWrittenAsTheLoaderReadsIt() {
    assertEquals("idempotent-only", RetrySpelling.yamlName(RetryClass.IDEMPOTENT_ONLY));
    assertEquals("after-action", RetrySpelling.yamlName(RetryClass.AFTER_ACTION));
    assertEquals(List.of("never", "after-action", "backoff", "throttled", "idempotent-only", "delayed"),
        CatalogKeys.retryClassNames());
  }

  @Test
  void aDurationIsWrittenInTheLargestExactUnitAndReadsBackTheSame() {
    List<Duration> samples = List.of(Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(500),
        Duration.ofMillis(1500), Duration.ofSeconds(1), Duration.ofSeconds(90), Duration.ofMinutes(1),
        Duration.ofMinutes(15), Duration.ofMinutes(90), Duration.ofHours(2), Duration.ofDays(1), Duration.ofHours(8784));
    List<String> written = samples.stream().map(RetrySpelling::yaml).toList();
    assertEquals(List.of("0s", "1ms", "500ms", "1500ms", "1s", "90s", "1m", "15m", "90m", "2h", "24h", "8784h"), written);
    for (int i = 0; i < samples.size(); i++) {
      Diagnostics diagnostics = new Diagnostics();
      Optional<Duration> read = Durations.parse(new YamlScalar(written.get(i), ScalarKind.STRING, AT), "'base'",
          diagnostics);
      assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().toString());
      assertEquals(Optional.of(samples.get(i)), read, written.get(i));
    }
  }

  @Test
  void aPolicyIsQuotedAsItsCatalogWritesIt() {
    assertEquals("backoff", RetrySpelling.yaml(RetryPolicy.of(RetryClass.BACKOFF)));
    assertEquals("throttled (base 1s, cap 1m, attempts 5, window 15m)", RetrySpelling.yaml(new RetryPolicy(
        RetryClass.THROTTLED, Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(60)),
        OptionalInt.of(5), Optional.of(Duration.ofMinutes(15)))));
  }
}
