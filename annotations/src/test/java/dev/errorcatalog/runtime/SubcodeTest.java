package dev.errorcatalog.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.DecodedError;
import dev.errorcatalog.MatchKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sub-codes: an entry refining another by a second value at its shape's sub-code pointer (Stripe's decline code
 * under {@code card_declined}) wins over the entry of the code alone, which still matches alone; the encoder writes
 * both values.
 */
class SubcodeTest {

  private static final TestEntry DECLINED = new TestEntry(402, "card_declined", "");
  private static final TestEntry INSUFFICIENT = new TestEntry(402, "card_declined/insufficient_funds", "");
  private static final TestEntry NUMERIC = new TestEntry(402, "card_declined/42", "");
  private static final TestEntry AUTH = new TestEntry(401, "authentication_required", "");

  private static final ShapeRow STRIPE = ShapeRow.json("stripe").code("/error/code").subcode("/error/decline_code")
      .message("/error/message").build();

  private static final Map<TestEntry, EntryRow> ROWS = Map.of(
      DECLINED, EntryRow.builder(402, "card_declined").title("Declined").shape(STRIPE).build(),
      INSUFFICIENT, EntryRow.builder(402, "card_declined").subcode("insufficient_funds").title("Insufficient")
          .shape(STRIPE).build(),
      NUMERIC, EntryRow.builder(402, "card_declined").subcode("42").title("Numeric").shape(STRIPE).build(),
      AUTH, EntryRow.builder(401, "authentication_required").title("Auth").shape(STRIPE).build());

  /** The refinements listed before the entry they refine: the order of the catalog does not matter. */
  private static final CatalogCodec<TestEntry> CODEC = CatalogCodec.of(List.of(STRIPE),
      List.of(INSUFFICIENT, NUMERIC, DECLINED, AUTH), ROWS::get, TestEntry.TestException::new);

  private static void assertDecodes(String body, TestEntry entry) {
    DecodedError<TestEntry> d = CODEC.decode(402, body);
    assertEquals(Optional.ofNullable(entry), d.entry(), () -> body + " -> " + d);
    assertEquals(entry == null ? MatchKind.NONE : MatchKind.CODE, d.matchKind(), body);
  }

  @Test
  void theMostSpecificEntryWins() {
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"insufficient_funds\"}}", INSUFFICIENT);
    assertDecodes("{\"error\": {\"decline_code\": \"insufficient_funds\", \"code\": \"card_declined\"}}", INSUFFICIENT);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": 42}}", NUMERIC);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"42\"}}", NUMERIC);
  }

  @Test
  void theEntryOfTheCodeStillMatchesAlone() {
    assertDecodes("{\"error\": {\"code\": \"card_declined\"}}", DECLINED);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"pickup_card\"}}", DECLINED);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": null}}", DECLINED);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": {\"x\": 1}}}", DECLINED);
    assertDecodes("{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"INSUFFICIENT_FUNDS\"}}", DECLINED);
  }

  @Test
  void aSubcodeNeverNamesAnEntryWithoutItsCode() {
    // The sub-code equals another entry's code, and no code or another code comes with it.
    assertDecodes("{\"error\": {\"decline_code\": \"authentication_required\"}}", null);
    assertDecodes("{\"error\": {\"code\": \"unknown\", \"decline_code\": \"insufficient_funds\"}}", null);
    assertDecodes("{\"error\": {\"code\": \"authentication_required\", \"decline_code\": \"insufficient_funds\"}}",
        AUTH);
  }

  @Test
  void theEncoderWritesTheCodeAndTheSubcode() {
    assertEquals("{\"error\":{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\"}}",
        CODEC.encode(INSUFFICIENT, Map.of(), null));
    assertEquals("{\"error\":{\"code\":\"card_declined\",\"decline_code\":42}}", CODEC.encode(NUMERIC, Map.of(), null));
    assertEquals("{\"error\":{\"code\":\"card_declined\"}}", CODEC.encode(DECLINED, Map.of(), null));
  }

  @Test
  void rowsCarryTheirSubcode() {
    assertEquals("insufficient_funds", ROWS.get(INSUFFICIENT).subcode());
    assertEquals("", ROWS.get(DECLINED).subcode());
  }
}
