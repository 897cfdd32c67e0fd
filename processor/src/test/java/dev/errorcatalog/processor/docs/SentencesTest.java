package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void firstSentenceEndsAtPunctuationFollowedBySpace() {
    assertEquals("Every error the API returns.", Sentences.first("Every error the API returns. Bodies are JSON."));
    assertEquals("Is it down?", Sentences.first("Is it down?\nMaybe."));
    assertEquals("Version 3.1 of the API.", Sentences.first("Version 3.1 of the API. More."));
    assertEquals("No period at all", Sentences.first("  No period\n at   all  "));
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    assertEquals("Some errors, e.g. a bad key, have no body.",
        Sentences.first("Some errors, e.g. a bad key, have no body. Others do."));
    assertEquals("Codes i.e. numbers etc. are listed.", Sentences.first("Codes i.e. numbers etc. are listed. Yes."));
    assertEquals("Written by J. Doe.", Sentences.first("Written by J. Doe. Thanks."));
  }

  @Test
  void counts() {
    assertEquals("1 error", Sentences.count(1, "error", "errors"));
    assertEquals("0 errors", Sentences.count(0, "error", "errors"));
    assertEquals("2 errors", Sentences.count(2, "error", "errors"));
  }
}
