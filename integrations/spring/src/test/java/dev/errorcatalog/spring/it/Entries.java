package dev.errorcatalog.spring.it;

import com.example.pingback.*;
import com.example.getresponse.*;
import com.example.orders.*;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorCatalogs;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every documented error of the tests' catalogs, and the typed exception a service throws for each: the same
 * arguments and wait on the server (which throws it) and in the tests (which expect it back). The server
 * raises them as a service does (not decoded: the starter would not relay a decoded one).
 */
final class Entries {

  /** The shipped catalogs the round trips cover, and the service's own. */
  static final List<String> CATALOGS = List.of("pingback", "getresponse", "acme-orders");

  private Entries() {}

  /**
   * Every HTTP error entry of the catalogs at an error status. (Errors the API answers with a success status are
   * rendered too, see {@link #atSuccessStatus}; Spring's clients, whose status handlers look at the status alone,
   * follow in the issue "Clients that compose".)
   */
  static Stream<CatalogError> all() {
    return renderable().filter(entry -> entry.httpStatus() >= 400);
  }

  /** The errors the catalogs' APIs answer with a success status ({@code error: true}). */
  static Stream<CatalogError> atSuccessStatus() {
    return renderable().filter(entry -> entry.httpStatus() < 400);
  }

  private static Stream<CatalogError> renderable() {
    return CATALOGS.stream()
        .map(ErrorCatalogs::catalog)
        .flatMap(catalog -> catalog.entries().stream())
        .map(CatalogError.class::cast)
        .filter(CatalogErrorRenderer::isRenderable);
  }

  /** The entry with this name (every entry has one; not every entry has a code). */
  static CatalogError entry(String catalogId, String name) {
    Catalog<?> catalog = ErrorCatalogs.catalog(catalogId);
    return catalog.byName(name).orElseThrow(() -> new IllegalArgumentException(catalogId + " has no " + name));
  }

  /** The arguments the service sends: a value for each placeholder and shape field the entry has. */
  static Map<String, String> args(CatalogError entry) {
    Map<String, String> args = new LinkedHashMap<>();
    switch (entry.catalogId()) {
      case "getresponse" -> {
        args.put("codeDescription", entry.title());
        args.put("moreInfo", "https://apidocs.getresponse.com/v3/errors/" + entry.code());
        args.put("uuid", "6b1c2d3e-" + entry.code());
      }
      case "acme-orders" -> {
        for (String placeholder : entry.placeholders()) {
          args.put(placeholder, switch (placeholder) {
            case "orderId" -> "42";
            case "field" -> "email";
            case "reason" -> "must be a well-formed email address";
            default -> "x";
          });
        }
        if (entry.code().equals("VALIDATION_FAILED")) {
          args.put("fields", "email");
        }
      }
      default -> { }
    }
    return args;
  }

  /** The wait a throttled entry announces. */
  static Duration retryAfter(CatalogError entry) {
    return entry.retryClass() == RetryClass.THROTTLED ? Duration.ofSeconds(3) : null;
  }

  /** The typed exception of an entry with {@link #args} and {@link #retryAfter}. */
  static CatalogException exception(CatalogError entry) {
    return exception(entry, args(entry), retryAfter(entry));
  }

  /**
   * The typed exception (the generated subclass) of an entry, raised as a service raises it: through the
   * generated subclass's service constructor (entry, message, args, wait, no body), which the generated
   * factories call.
   */
  static CatalogException exception(CatalogError entry, Map<String, String> args, Duration retryAfter) {
    Class<? extends CatalogException> type = decodedException(entry, args, retryAfter).getClass();
    String message = entry.messageTemplate().isEmpty() ? entry.title() : entry.format(args);
    try {
      // package-private in the generated code: the factories of the catalog's package call it
      Constructor<? extends CatalogException> raise = type.getDeclaredConstructor(
          ((Enum<?>) entry).getDeclaringClass(), String.class, Map.class, Duration.class, byte[].class);
      raise.setAccessible(true);
      return raise.newInstance(entry, message, args, retryAfter, null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no service constructor in " + type, e);
    }
  }

  /** The typed exception of an entry as a client decodes it (its origin: a response, with no body). */
  private static CatalogException decodedException(CatalogError entry, Map<String, String> args, Duration retryAfter) {
    return switch (entry.catalogId()) {
      case "pingback" -> PingbackException.from(
          decoded((PingbackError) entry, args, retryAfter, PingbackException::from));
      case "getresponse" -> GetresponseException.from(
          decoded((GetresponseError) entry, args, retryAfter, GetresponseException::from));
      case "acme-orders" -> AcmeOrdersException.from(
          decoded((AcmeOrdersError) entry, args, retryAfter, AcmeOrdersException::from));
      default -> throw new IllegalArgumentException(entry.catalogId());
    };
  }

  private static <E extends CatalogError> DecodedError<E> decoded(
      E entry, Map<String, String> args, Duration retryAfter,
      Function<? super DecodedError<E>, ? extends CatalogException> toException) {
    // DecodedError has no public constructor since issue 15: a result of the test's own making subclasses it.
    return new DecodedError<>(entry.httpStatus(), entry, MatchKind.CODE, null, args, retryAfter, null) {
      @Override
      public CatalogException toException() {
        return toException.apply(this);
      }
    };
  }
}
