package dev.errorcatalog.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.RetryClass;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code the processor generated for the five shipped catalogs, used as a consumer would. */
class GeneratedCodeTest {

  @Test
  void theRegistryHasTheFiveShippedCatalogs() {
    assertEquals(Set.of("insider-one", "insider-live-activities", "getresponse", "transformify", "pingback"),
        ErrorCatalogs.ids());
    assertSame(InsiderOneCatalog.INSTANCE.getClass(), ErrorCatalogs.catalog("insider-one").getClass());
    assertEquals("Pingback API", ErrorCatalogs.catalog("pingback").title());
  }

  @Test
  void everyEntryIsFoundByItsNameAndItsCodeAndHasAUniqueAnchor() {
    for (String id : ErrorCatalogs.ids()) {
      Catalog<?> catalog = ErrorCatalogs.catalog(id);
      assertTrue(catalog.entries().size() >= 10, id + " documents its responses");
      Set<String> anchors = new HashSet<>();
      for (CatalogError entry : catalog.entries()) {
        assertEquals(id, entry.catalogId());
        assertSame(entry, catalog.byName(entry.name()).orElseThrow(), id + " " + entry.name());
        if (entry.code().isEmpty()) {
          // the API sends no code for it: a name only, never found by code
          assertTrue(catalog.byCode(entry.name()).filter(e -> e == entry).isEmpty(), id + " " + entry.name());
        } else {
          assertSame(entry, catalog.byCode(entry.code()).orElseThrow(), id + " " + entry.code());
        }
        assertTrue(anchors.add(entry.anchor()), "anchor " + entry.anchor() + " twice in " + id);
      }
    }
  }

  @Test
  void theEnumCarriesTheDocumentedFacts() {
    assertEquals(404, PingbackError.DEAL_NOT_FOUND.httpStatus());
    assertEquals("Deal not found.", PingbackError.DEAL_NOT_FOUND.messageTemplate());
    assertEquals(RetryClass.NEVER, PingbackError.DEAL_NOT_FOUND.retryClass());
    assertEquals(RetryClass.THROTTLED, InsiderLiveActivitiesError.RATE_LIMITED.retryClass());
    assertEquals(Duration.ofSeconds(1), InsiderLiveActivitiesError.RATE_LIMITED.retryParameters().base().orElseThrow());
    assertTrue(InsiderLiveActivitiesError.RATE_LIMITED.retryParameters().cap().isEmpty(), "the page states no cap");
    assertEquals("", InsiderLiveActivitiesError.RATE_LIMITED.code());
    assertEquals(RetryClass.DELAYED, InsiderLiveActivitiesError.PUSH_TOKEN_NOT_SYNCED.retryClass());
    assertEquals("1013", GetresponseError.byCode("1013").orElseThrow().code());
    assertEquals(0, TransformifyError.values()[TransformifyError.values().length - 1].httpStatus(),
        "the Viber delivery codes are not HTTP responses");
    assertEquals("date range must not exceed 90 days",
        InsiderOneError.DATE_RANGE_TOO_LONG.format(Map.of("maxDays", 90)));
  }

  @Test
  void factoriesBuildTypedExceptionsWithTheDocumentedBody() throws IOException {
    InsiderOneBadRequestException e = InsiderOneErrors.dateRangeTooLong(90);
    assertEquals(400, e.status());
    assertEquals("date range must not exceed 90 days", e.getMessage());
    assertEquals(InsiderOneError.DATE_RANGE_TOO_LONG, e.error().orElseThrow());
    assertEquals(Map.of("maxDays", "90"), e.args());
    assertEquals("application/json", e.contentType());
    assertEquals(Map.of("error", "date range must not exceed 90 days"), flatJson(e.body()));

    GetresponseTooManyRequestsException quota = GetresponseErrors.quotaReached(
        "Throttling limit reached", "https://apidocs.getresponse.com/v3/errors/1015", "u-1", Duration.ofSeconds(4));
    assertEquals(Duration.ofSeconds(4), quota.retryAfter().orElseThrow());
    Map<String, Object> body = flatJson(quota.body());
    assertEquals("1015", String.valueOf(body.get("code")));
    assertEquals("https://apidocs.getresponse.com/v3/errors/1015", body.get("moreInfo"));
  }

  @Test
  void theTypedDecoderReadsADocumentedBodyBackIntoTheEnum() {
    DecodedError<InsiderLiveActivitiesError> decoded = InsiderLiveActivitiesCatalog.INSTANCE.decoder()
        .decode(412, InsiderLiveActivitiesErrors.pushTokenNotSynced().body());
    assertEquals(InsiderLiveActivitiesError.PUSH_TOKEN_NOT_SYNCED, decoded.entry().orElseThrow());
    assertEquals(MatchKind.CODE, decoded.matchKind());
    assertInstanceOf(InsiderLiveActivitiesPreconditionFailedException.class, decoded.toException());

    DecodedError<InsiderOneError> none = InsiderOneCatalog.INSTANCE.decoder().decode(418, "<html>teapot</html>");
    assertEquals(MatchKind.NONE, none.matchKind());
    assertInstanceOf(InsiderOneResponseException.class, none.toException());
    assertEquals("<html>teapot</html>", new String(none.rawBody(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The top-level scalar fields of a JSON object. */
  private static Map<String, Object> flatJson(String json) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken(), json);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value.isStructStart()) {
          p.skipChildren();
        } else {
          fields.put(name, value.isNumeric() ? p.getNumberValue() : p.getText());
        }
      }
    }
    return fields;
  }
}
