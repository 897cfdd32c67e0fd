package dev.errorcatalog.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void proposesTheClosestKnownWord() {
    assertEquals(Optional.of("fix"), DidYouMean.closest("fx", List.of("fix", "title", "message")));
    assertEquals(" Did you mean 'backoff'?", DidYouMean.hint("backof", List.of("never", "backoff", "throttled")));
  }

  @Test
  void neverProposesTheValueAsWritten() {
    assertEquals(Optional.empty(), DidYouMean.closest("backoff", List.of("backoff")));
    assertEquals(Optional.of("Backoff"), DidYouMean.closest("backoff", List.of("backoff", "Backoff")));
  }

  @Test
  void aHugeWordIsNoMisspelling() {
    assertEquals("", DidYouMean.hint("x".repeat(100_000), List.of("fix")));
  }

  @Test
  void aProposalIsShownEscaped() {
    assertEquals(" Did you mean 'a\\u00A0b'?", DidYouMean.hint("a b", List.of("a\u00A0b")));
  }
}
