package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints that fail the way GetResponse API v3 documents. */
final class GetresponseService implements SampleService {

  private static final String MORE_INFO = "https://apidocs.getresponse.com/v3/errors/";
  private static final String UUID = "9b2bb9ad-5b4c-4c47-9a35-b1c6f3bb1f7e";

  @Override
  public String catalogId() {
    return "getresponse";
  }

  @Override
  public void register(ErrorServer server) {
    route(server, "/getresponse/contacts/42", (method, body) -> {
      throw GetresponseErrors.resourceNotFound("Resource not found", MORE_INFO + "1013", UUID);
    });
    route(server, "/getresponse/contacts", (method, body) -> {
      throw GetresponseErrors.quotaReached("Throttling limit reached", MORE_INFO + "1015", UUID, Duration.ofSeconds(1));
    });
    route(server, "/getresponse/campaigns", new Flaky(1,
        () -> GetresponseErrors.serviceUnavailable("Service unavailable", MORE_INFO + "1019", UUID),
        Reply.json(200, "[{\"campaignId\":\"V\",\"name\":\"sample\"}]")));
  }

  private static void route(ErrorServer server, String path, ErrorServer.Endpoint endpoint) {
    server.route(path, GetresponseException.class, e -> Reply.error(e, e.contentType(), e.body()), endpoint);
  }

  @Override
  public List<Call> tour() {
    return List.of(
        new Call("GET", "/getresponse/contacts/42", true, "no such contact"),
        new Call("POST", "/getresponse/contacts", false, "throttled on every attempt: give up after the documented attempts"),
        new Call("GET", "/getresponse/campaigns", true, "one 503, then fine"));
  }

  @Override
  public Reply documented(CatalogError entry, Map<String, ?> args) {
    GetresponseError error = (GetresponseError) entry;
    return new Reply(error.httpStatus(), GetresponseEncoder.contentType(error),
        GetresponseEncoder.encode(error, args, null), Optional.empty());
  }

  @Override
  public String explain(CatalogException failure) {
    GetresponseException e = (GetresponseException) failure;
    return e.error().map(err -> "code " + err.code() + " (" + err.title() + ")").orElse("undocumented")
        + ", moreInfo " + e.args().get("moreInfo");
  }
}
