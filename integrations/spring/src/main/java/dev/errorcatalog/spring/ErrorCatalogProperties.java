package dev.errorcatalog.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** The {@code errorcatalog.*} properties of the Spring Boot starter. */
@ConfigurationProperties(prefix = "errorcatalog")
public class ErrorCatalogProperties {

  /**
   * The id of the service's own catalog, whose entries answer the framework's errors (validation, unknown
   * route, wrong method or media type, 401, 403, uncaught exceptions). May be left out when exactly one
   * catalog is on the class path.
   */
  private String catalog;

  /**
   * The docs page of an entry, used as the RFC 9457 "type": a pattern with {catalog} and {anchor}, e.g.
   * https://docs.example.com/errors/{catalog}/#{anchor}. Without one the type is the URN
   * urn:errorcatalog:{catalog}:{anchor}. A documented body whose shape has a docs link field (role: docs-link, e.g.
   * GetResponse's moreInfo) carries the same URL there.
   */
  private String docsUrl;

  private final ProblemDetails problemDetails = new ProblemDetails();

  private final Server server = new Server();

  private final Errors errors = new Errors();

  private final Client client = new Client();

  @NestedConfigurationProperty
  private final ErrorCatalogOpenApiProperties openapi = new ErrorCatalogOpenApiProperties();

  public String getCatalog() {
    return catalog;
  }

  public void setCatalog(String catalog) {
    this.catalog = catalog;
  }

  public String getDocsUrl() {
    return docsUrl;
  }

  public void setDocsUrl(String docsUrl) {
    this.docsUrl = docsUrl;
  }

  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  public Server getServer() {
    return server;
  }

  public Errors getErrors() {
    return errors;
  }

  public Client getClient() {
    return client;
  }

  public ErrorCatalogOpenApiProperties getOpenapi() {
    return openapi;
  }

  /** RFC 9457 problem details instead of the documented bodies. */
  public static class ProblemDetails {

    /**
     * Answer application/problem+json (type, title, status, detail, code, args) instead of each entry's
     * documented body.
     */
    private boolean enabled;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The server side: the controller advice, the security handlers. */
  public static class Server {

    /** Whether a CatalogException thrown by a handler is answered with the entry's documented response. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /**
   * The entries (code or constant name, of the service's catalog) that answer the framework's own errors and
   * upstreams' errors; an error without an entry here is left to Spring's default handling.
   */
  public static class Errors {

    /**
     * Failed validation: MethodArgumentNotValidException, WebExchangeBindException,
     * HandlerMethodValidationException, ConstraintViolationException; the field errors become the arguments.
     */
    private String validation;

    /** A request no handler or resource serves (404). */
    private String notFound;

    /** A method the route does not support (405). */
    private String methodNotAllowed;

    /** A request content type the handler does not read (415). */
    private String unsupportedMediaType;

    /** An Accept header the handler cannot satisfy (406). */
    private String notAcceptable;

    /** Spring Security: not authenticated (401), answered by the starter's authentication entry point. */
    private String unauthorized;

    /** Spring Security: access denied (403), answered by the starter's access-denied handler. */
    private String forbidden;

    /**
     * An exception no entry covers (logged with a fingerprint); by default the catalog's first entry of status
     * 500, if it has one.
     */
    private String internal;

    /**
     * An upstream's error a handler let escape (a CatalogException decoded from another server's response,
     * e.g. by the starter's clients), answered with this entry and its own message: nothing of the upstream's
     * response (status, message, arguments, headers) is passed on. Without one it is answered as an uncaught
     * exception (errors.internal, else Spring's 500), unless errors.relay or an UpstreamErrorMapper bean maps it.
     */
    private String upstream;

    /**
     * Upstream errors passed on as documented, by explicit choice: catalog ids (each of their error entries)
     * or single entries as catalog:CODE (code or constant name). Such an error is answered with its entry's
     * documented status and body (or problem details), the message formatted from its arguments, each
     * shortened and escaped; the upstream's own message, status and headers (Retry-After included) are not.
     */
    private List<String> relay = new ArrayList<>();

    public String getValidation() {
      return validation;
    }

    public void setValidation(String validation) {
      this.validation = validation;
    }

    public String getNotFound() {
      return notFound;
    }

    public void setNotFound(String notFound) {
      this.notFound = notFound;
    }

    public String getMethodNotAllowed() {
      return methodNotAllowed;
    }

    public void setMethodNotAllowed(String methodNotAllowed) {
      this.methodNotAllowed = methodNotAllowed;
    }

    public String getUnsupportedMediaType() {
      return unsupportedMediaType;
    }

    public void setUnsupportedMediaType(String unsupportedMediaType) {
      this.unsupportedMediaType = unsupportedMediaType;
    }

    public String getNotAcceptable() {
      return notAcceptable;
    }

    public void setNotAcceptable(String notAcceptable) {
      this.notAcceptable = notAcceptable;
    }

    public String getUnauthorized() {
      return unauthorized;
    }

    public void setUnauthorized(String unauthorized) {
      this.unauthorized = unauthorized;
    }

    public String getForbidden() {
      return forbidden;
    }

    public void setForbidden(String forbidden) {
      this.forbidden = forbidden;
    }

    public String getInternal() {
      return internal;
    }

    public void setInternal(String internal) {
      this.internal = internal;
    }

    public String getUpstream() {
      return upstream;
    }

    public void setUpstream(String upstream) {
      this.upstream = upstream;
    }

    public List<String> getRelay() {
      return relay;
    }

    public void setRelay(List<String> relay) {
      this.relay = relay;
    }
  }

  /** The client side: RestClient, RestTemplate and WebClient. */
  public static class Client {

    /**
     * The catalogs error responses are decoded with, in order (the best match wins: code, then message, then
     * status; an undocumented response becomes the first catalog's response exception). When set, the
     * RestClient.Builder and WebClient.Builder beans of the application get the status handler or filter.
     */
    private List<String> catalogs = new ArrayList<>();

    private final Retry retry = new Retry();

    public List<String> getCatalogs() {
      return catalogs;
    }

    public void setCatalogs(List<String> catalogs) {
      this.catalogs = catalogs;
    }

    public Retry getRetry() {
      return retry;
    }
  }

  /** Retries of RestClient calls, as RetryAdvisor says. */
  public static class Retry {

    /** Whether the RestClient.Builder beans also get the retry interceptor (with client.catalogs set). */
    private boolean enabled;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
