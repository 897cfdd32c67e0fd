package dev.errorcatalog.clienttests;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.runtime.Template;
import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every documented error (status 400 and above) of the two compiled catalogs, as the response a service sends
 * (the generated encoder's body and content type, the message filled with sample arguments), and a check that
 * what a client threw is the typed exception the generated decoder makes of the same bytes.
 */
public final class DocumentedErrors {

  /**
   * One documented error.
   *
   * @param decoder the catalog's decoder
   * @param entry the entry
   * @param reply what the server sends
   * @param expected what the catalog's decoder makes of those bytes
   */
  public record Case(ErrorDecoder<?> decoder, CatalogError entry, Reply reply, DecodedError<?> expected) {

    /** {@code catalog:NAME}, for test names. */
    @Override
    public String toString() {
      return entry.catalogId() + ":" + entry.name() + " (" + entry.httpStatus() + ")";
    }

    /**
     * Checks that a call answered with {@link #reply()} threw the typed exception of this entry, with the
     * arguments and message the decoder gives, and the raw body.
     */
    public void verify(Throwable thrown) {
      Throwable t = DecisionCase.unwrap(thrown);
      if (!(t instanceof CatalogException e)) {
        throw new AssertionError(this + ": expected the catalog's exception, got " + t, t);
      }
      CatalogException want = expected.toException();
      List<String> problems = new ArrayList<>();
      if (e.getClass() != want.getClass()) {
        problems.add("class " + e.getClass().getSimpleName() + ", expected " + want.getClass().getSimpleName());
      }
      if (!Objects.equals(e.error().orElse(null), entry)) {
        problems.add("entry " + e.error().orElse(null) + ", expected " + entry);
      }
      if (!e.args().equals(want.args())) {
        problems.add("args " + e.args() + ", expected " + want.args());
      }
      if (!Objects.equals(e.getMessage(), want.getMessage())) {
        problems.add("message " + e.getMessage() + ", expected " + want.getMessage());
      }
      if (e.status() != entry.httpStatus()) {
        problems.add("status " + e.status());
      }
      if (!Arrays.equals(e.rawBody(), reply.content()) && !Arrays.equals(e.rawBody(), reply.wire())) {
        problems.add("rawBody " + new String(e.rawBody(), StandardCharsets.UTF_8) + ", expected " + reply.text());
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(this + ": " + String.join("; ", problems), t);
      }
    }
  }

  private DocumentedErrors() {}

  /** Every documented error of both catalogs, in catalog order. */
  public static List<Case> all() {
    List<Case> all = new ArrayList<>();
    add(all, new InsiderLiveActivitiesCatalog(), InsiderLiveActivitiesEncoder::encode,
        InsiderLiveActivitiesEncoder::contentType);
    add(all, new GetresponseCatalog(), GetresponseEncoder::encode, GetresponseEncoder::contentType);
    return List.copyOf(all);
  }

  private interface Encoder<E> {
    String encode(E entry, Map<String, ?> args, Duration retryAfter);
  }

  private static <E extends CatalogError> void add(List<Case> all, Catalog<E> catalog, Encoder<E> encoder,
      Function<E, String> contentType) {
    for (E entry : catalog.entries()) {
      if (entry.httpStatus() < 400) {
        continue; // success statuses are never errors
      }
      String body = encoder.encode(entry, sampleArgs(entry), null);
      String type = contentType.apply(entry);
      Reply reply = body.isEmpty() ? Reply.empty(entry.httpStatus())
          : Reply.of(entry.httpStatus(), type.isEmpty() ? null : type, body);
      DecodedError<E> expected = catalog.decoder().decode(reply.status(), reply.allHeaders(), reply.wire());
      if (!expected.entry().equals(Optional.of(entry))) {
        throw new IllegalStateException(entry + "'s documented body decodes to " + expected);
      }
      all.add(new Case(catalog.decoder(), entry, reply, expected));
    }
  }

  /** A value of each placeholder's type. */
  private static Map<String, String> sampleArgs(CatalogError entry) {
    Map<String, String> args = new LinkedHashMap<>();
    for (Template.Part part : Template.compile(entry.messageTemplate()).parts()) {
      if (part.isPlaceholder()) {
        args.put(part.name(), switch (part.type()) {
          case INT -> "7";
          case NUMBER -> "2.5";
          case BOOL -> "true";
          case STRING -> "sample-" + part.name();
        });
      }
    }
    return args;
  }
}
