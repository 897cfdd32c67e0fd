package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.ErrorEncoder;
import dev.errorcatalog.SafeText;
import dev.errorcatalog.runtime.ProblemDetails;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders catalog entries as HTTP error responses: each entry's documented body (what the generated
 * {@code <Prefix>Exception.body()} and {@code contentType()} give), or, in RFC 9457 mode, an
 * {@code application/problem+json} document whose {@code code} member (and {@code type}, ending in
 * {@code #<anchor>}) a client's decoder maps back to the entry. With a docs URL, a documented body whose shape
 * has a docs link field ({@code role: docs-link}, e.g. GetResponse's {@code moreInfo}) carries the entry's URL there.
 *
 * <p>Every text it writes is under {@link SafeText}'s policy, whoever supplied it: the {@code detail}, and each
 * argument value as the documented body and the problem's {@code args} show it (shortened to
 * {@value SafeText#MAX_LENGTH} characters with a marker, control and bidirectional characters escaped).
 *
 * <p>Replace the bean to render differently; the advice, the WebFlux handler and the security handlers all
 * render through it.
 */
public class CatalogErrorRenderer {

  /** The media type of RFC 9457 problem details. */
  public static final String PROBLEM_JSON = ProblemDetails.MEDIA_TYPE;

  private final boolean problemDetails;
  private final String docsUrl;

  /**
   * @param problemDetails whether to answer RFC 9457 problem details instead of the documented bodies
   * @param docsUrl the pattern of an entry's docs URL, with {@code {catalog}} and {@code {anchor}}; {@code null}
   *     for the URN {@code urn:errorcatalog:<catalog>:<anchor>}
   */
  public CatalogErrorRenderer(boolean problemDetails, String docsUrl) {
    this.problemDetails = problemDetails;
    this.docsUrl = docsUrl == null || docsUrl.isBlank() ? null : docsUrl;
  }

  /** Whether this renderer answers RFC 9457 problem details. */
  public boolean problemDetails() {
    return problemDetails;
  }

  /**
   * The response for an exception: one a service raised as thrown (its message, arguments and wait); one
   * {@linkplain CatalogException#isDecoded() decoded} from a response relayed as its entry documents it: the
   * entry's message formatted from the arguments, and nothing else of what the response said (its message,
   * its status where the entry has another, its wait). Whether an upstream's error is answered at all is
   * {@link UpstreamErrors}'s decision, not this method's.
   *
   * @throws IllegalArgumentException if the exception has no entry or its entry is not an HTTP error
   */
  public RenderedError render(CatalogException exception) {
    CatalogError entry = exception.error().orElseThrow(
        () -> new IllegalArgumentException("no catalog entry: " + exception));
    if (exception.isDecoded()) {
      return render(entry, exception.args(), null, null);
    }
    // getMessage() is under SafeText's policy already (CatalogException applies it): not shortened twice
    return rendered(entry, safe(exception.args()), exception.retryAfter().orElse(null), exception.getMessage());
  }

  /**
   * The response for an entry.
   *
   * @param args the placeholder and field values
   * @param retryAfter the wait to announce, or {@code null}
   * @param message the message ({@code detail} in RFC 9457 mode, under {@link SafeText}'s policy); {@code null}
   *     for the entry's own, formatted with the arguments
   */
  public RenderedError render(CatalogError entry, Map<String, ?> args, Duration retryAfter, String message) {
    Map<String, String> safe = safe(args);
    return rendered(entry, safe, retryAfter,
        SafeText.message(message != null ? message : messageOf(entry, safe), entry, entry.httpStatus()));
  }

  /** {@code args} with each value under {@link SafeText}'s policy (a {@code null} value stays {@code null}). */
  private static Map<String, String> safe(Map<String, ?> args) {
    if (args == null || args.isEmpty()) {
      return Map.of();
    }
    Map<String, String> safe = new LinkedHashMap<>();
    args.forEach((name, value) -> safe.put(name, value == null ? null : SafeText.of(String.valueOf(value))));
    return safe;
  }

  private RenderedError rendered(CatalogError entry, Map<String, String> args, Duration retryAfter, String detail) {
    if (!isRenderable(entry)) {
      throw new IllegalArgumentException(entry.catalogId() + " " + codeOrName(entry) + " has status "
          + entry.httpStatus() + ", not an HTTP error status");
    }
    if (problemDetails) {
      return new RenderedError(entry, entry.httpStatus(), PROBLEM_JSON, problem(entry, args, detail), retryAfter);
    }
    ErrorEncoder<CatalogError> encoder = CatalogEncoders.of(entry);
    String contentType = encoder.contentType(entry);
    byte[] body = contentType.isEmpty()
        ? new byte[0]
        : encoder.encode(entry, withDocsLink(encoder, entry, args), retryAfter).getBytes(StandardCharsets.UTF_8);
    return new RenderedError(entry, entry.httpStatus(), contentType, body, retryAfter);
  }

  /**
   * The arguments with the entry's docs URL ({@link #type}) in the field its shape marks {@code role: docs-link}
   * (Stripe's {@code doc_url}, GetResponse's {@code moreInfo}), when a docs URL is configured and the arguments
   * give that field no value; unchanged otherwise, so a shape without such a field gets nothing added.
   */
  private Map<String, String> withDocsLink(ErrorEncoder<CatalogError> encoder, CatalogError entry,
      Map<String, String> args) {
    if (docsUrl == null) {
      return args;
    }
    String field = encoder.docsLinkField(entry);
    if (field.isEmpty() || args.get(field) != null) {
      return args;
    }
    Map<String, String> linked = new LinkedHashMap<>(args);
    linked.put(field, type(entry));
    return linked;
  }

  /**
   * Whether an entry can be an HTTP error response: a status from 400 to 599, or an error the API answers with a
   * success status (Slack's {@code 200 {"ok": false}}: {@code error: true} in the catalog), answered at that status.
   * A documented success and a status-0 code are not.
   */
  public static boolean isRenderable(CatalogError entry) {
    int status = entry.httpStatus();
    return status >= 400 && status <= 599 || status >= 200 && status <= 399 && !entry.isSuccess();
  }

  /**
   * The RFC 9457 {@code type} of an entry: the docs URL from the pattern, or
   * {@code urn:errorcatalog:<catalog>:<anchor>} (the form the runtime's decoder reads, as it reads a URL's
   * {@code #<anchor>}).
   */
  public String type(CatalogError entry) {
    if (docsUrl == null) {
      return ProblemDetails.urn(entry);
    }
    return docsUrl.replace("{catalog}", entry.catalogId()).replace("{anchor}", entry.anchor());
  }

  /** The code the API sends for an entry, or its name where the API sends none. */
  static String codeOrName(CatalogError entry) {
    return entry.code().isEmpty() ? entry.name() : entry.code();
  }

  private static String messageOf(CatalogError entry, Map<String, String> args) {
    return entry.messageTemplate().isEmpty() ? entry.title() : entry.format(args);
  }

  private byte[] problem(CatalogError entry, Map<String, String> args, String detail) {
    return ProblemDetails.write(entry, type(entry), detail, args);
  }
}
