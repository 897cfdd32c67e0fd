package dev.errorcatalog.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.MatchKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmarks measure what they claim: every body decodes to the entry and match kind its fixture says,
 * the floor reads every body, and the hand-written baseline finds what the decoder finds where it can.
 */
class FixturesTest {

  static Stream<Arguments> bodies() {
    List<Arguments> all = new ArrayList<>();
    for (String id : allCatalogs()) {
      for (Body body : Fixtures.of(id).bodies()) {
        all.add(Arguments.of(id, body));
      }
    }
    return all.stream();
  }

  private static List<String> allCatalogs() {
    List<String> ids = new ArrayList<>(Fixtures.SHIPPED);
    ids.addAll(Fixtures.SCALING);
    return ids;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("bodies")
  void decoderRecognisesTheBodyAsTheFixtureSays(String catalogId, Body body) {
    DecodedError<?> decoded = Decoders.create(catalogId).decode(body.status(), Map.of(), body.bytes());
    assertEquals(body.expected(), decoded.matchKind(), decoded::toString);
    // The code the API sends; the name of an entry it sends no code for.
    assertEquals(body.expectedCode(), decoded.entry().map(e -> e.code().isEmpty() ? e.name() : e.code()).orElse(null),
        decoded::toString);
    decoded.entry()
        .filter(entry -> !entry.placeholders().isEmpty() && body.expected() == MatchKind.MESSAGE)
        .ifPresent(entry -> assertFalse(decoded.args().isEmpty(), "no placeholder captured: " + decoded));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("bodies")
  void floorReadsEveryBodyWithoutAnException(String catalogId, Body body) throws IOException {
    int tokens = new TokenFloor().read(body.bytes());
    assertEquals(body.text().isEmpty(), tokens == 0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("bodies")
  void handWrittenLookupFindsCodesAndLiteralMessagesLikeTheDecoder(String catalogId, Body body) {
    HandWrittenLookup.Match match = new HandWrittenLookup(Fixtures.of(catalogId)).lookup(body.status(), body.bytes());
    if (body.expected() == MatchKind.CODE) {
      assertEquals(MatchKind.CODE, match.kind());
      assertEquals(body.expectedCode(), match.entry().code());
    }
    if (body.expected() == MatchKind.NONE) {
      assertTrue(match.kind() != MatchKind.CODE, "the lookup guessed a code: " + match);
    }
  }

  @Test
  void everyShippedCatalogHasADocumentedAndAnUndocumentedBody() {
    for (String id : Fixtures.SHIPPED) {
      List<Body> bodies = Fixtures.of(id).bodies();
      assertTrue(bodies.stream().anyMatch(b -> b.expected() == MatchKind.NONE), id + ": no undocumented body");
      assertTrue(bodies.stream().filter(b -> b.expected() != MatchKind.NONE).count() >= 3,
          id + ": fewer than three documented bodies");
    }
  }

  @Test
  void bothSizesOfTheScalingPairDecodeTheSameBodiesAlike() {
    ErrorDecoder<?> small = Decoders.create("bench-10");
    ErrorDecoder<?> large = Decoders.create("bench-5000");
    assertEquals(Fixtures.of("bench-10").bodies(), Fixtures.of("bench-5000").bodies());
    for (Body body : Fixtures.of("bench-10").bodies()) {
      DecodedError<?> a = small.decode(body.status(), Map.of(), body.bytes());
      DecodedError<?> b = large.decode(body.status(), Map.of(), body.bytes());
      assertEquals(a.matchKind(), b.matchKind(), body.label());
      assertEquals(a.entry().map(CatalogError::code), b.entry().map(CatalogError::code), body.label());
      assertEquals(a.message(), b.message(), body.label());
      assertEquals(a.args(), b.args(), body.label());
    }
  }

  @Test
  void unmatchedBodiesMatchNothingInEitherCatalogOfThePair() throws IOException {
    for (String kind : Fixtures.UNMATCHED) {
      Body body = Fixtures.unmatched(kind);
      assertEquals(MatchKind.NONE, body.expected());
      for (String id : Fixtures.SCALING) {
        DecodedError<?> decoded = Decoders.create(id).decode(body.status(), Map.of(), body.bytes());
        assertEquals(MatchKind.NONE, decoded.matchKind(), id + ", " + kind + ": " + decoded);
        assertTrue(decoded.message().isPresent(), id + ", " + kind + ": the message is still returned");
      }
      assertTrue(new TokenFloor().readWithText(body.bytes()) > 0, kind);
    }
    assertTrue(Fixtures.unmatched("long-message").bytes().length > 250_000, "the long body is about 260 KB");
  }

  @Test
  void coldStartAndWarmUpDecodeFixtureBodies() {
    assertEquals(Fixtures.of("bench-5000").bodies().get(0), ColdStartBenchmark.body("bench-5000", "documented"));
    assertEquals(Fixtures.unmatched("unknown-code"), ColdStartBenchmark.body("bench-10", "unknown-code"));
  }

  static Stream<Styled> styled() {
    return Styled.all().stream();
  }

  /** Each body of the error styles decodes as claimed: entry, match kind, error or not, how many errors. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("styled")
  void styledBodyDecodesAsClaimed(Styled styled) {
    Body body = styled.body();
    ErrorDecoder<?> decoder = Decoders.create(Fixtures.STYLES_CATALOG);
    DecodedError<?> decoded = decoder.decode(body.status(), Map.of(), body.bytes());
    assertEquals(body.expected(), decoded.matchKind(), decoded::toString);
    assertEquals(styled.entryName(), decoded.entry().map(CatalogError::name).orElse(null), decoded::toString);
    assertEquals(body.expectedCode(), decoded.entry().map(e -> e.code().isEmpty() ? e.name() : e.code()).orElse(null),
        decoded::toString);
    assertEquals(styled.error(), decoded.isError(), decoded::toString);
    assertEquals(styled.errors(), decoded.errors().size(), decoded::toString);
    // A client reads a body at a success status only where the catalog documents errors there.
    assertTrue(decoder.errorsAt(body.status()), "errorsAt(" + body.status() + ")");
  }

  @Test
  void everyStyleHasBodiesAndTheStylesCoverIssue34sMatching() {
    for (String style : Fixtures.STYLES) {
      assertFalse(Fixtures.bodies(Fixtures.STYLES_CATALOG, style).isEmpty(), style);
    }
    assertEquals(Styled.all().size(), Fixtures.bodies(Fixtures.STYLES_CATALOG, "all").size());
    ErrorDecoder<?> decoder = Decoders.create(Fixtures.STYLES_CATALOG);
    List<Styled> styled = Styled.all();
    // a refinement by a sub-code, at a fixed pointer and through its own array
    assertTrue(styled.stream().filter(s -> s.style().equals("subcode"))
        .filter(s -> s.entryName() != null && s.entryName().startsWith("CARD_DECLINED_")).count() >= 1);
    assertTrue(styled.stream().anyMatch(s -> "RESOURCE_EXHAUSTED_RATE_LIMIT_EXCEEDED".equals(s.entryName())));
    // arrays of one and of three errors
    assertEquals(List.of(1, 3), styled.stream().filter(s -> s.style().equals("array")).map(Styled::errors)
        .toList());
    // the list field: every message of the array, as a list
    Body slack = Fixtures.bodies(Fixtures.STYLES_CATALOG, "success-error").get(1);
    DecodedError<?> decoded = decoder.decode(slack.status(), Map.of(), slack.bytes());
    assertEquals(List.of("[ERROR] missing required field: channel", "[ERROR] missing required field: text"),
        decoded.listArgs().get("detail"), decoded::toString);
    // one entry at two statuses
    assertEquals(List.of(403, 429), Fixtures.bodies(Fixtures.STYLES_CATALOG, "statuses").stream().map(Body::status)
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styled")
  void floorReadsEveryStyledBody(Styled styled) throws IOException {
    assertTrue(new TokenFloor().readWithText(styled.body().bytes()) > 0);
  }
}
