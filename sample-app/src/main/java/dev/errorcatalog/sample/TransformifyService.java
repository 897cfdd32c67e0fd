package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints that fail the way the Transformify messaging API documents. */
final class TransformifyService implements SampleService {

  @Override
  public String catalogId() {
    return "transformify";
  }

  @Override
  public void register(ErrorServer server) {
    route(server, "/transformify/messages", (method, body) -> {
      throw TransformifyErrors.tooManyRecipients(200000);
    });
    route(server, "/transformify/messages/bulk", new Flaky(1,
        () -> TransformifyErrors.pendingMessageCapacityExceeded(9800, 500, 10000, 200, Duration.ofSeconds(5)),
        Reply.json(202, "{\"accepted\":500}")));
    route(server, "/transformify/templates/7", (method, body) -> {
      throw TransformifyErrors.templateNotFound();
    });
  }

  private static void route(ErrorServer server, String path, ErrorServer.Endpoint endpoint) {
    server.route(path, TransformifyException.class, e -> Reply.error(e, e.contentType(), e.body()), endpoint);
  }

  @Override
  public List<Call> tour() {
    return List.of(
        new Call("POST", "/transformify/messages", false, "too many recipients in one request"),
        new Call("POST", "/transformify/messages/bulk", false, "pending capacity exceeded once: wait, then send"),
        new Call("GET", "/transformify/templates/7", true, "no such template"));
  }

  @Override
  public Reply documented(CatalogError entry, Map<String, ?> args) {
    TransformifyError error = (TransformifyError) entry;
    return new Reply(error.httpStatus(), TransformifyEncoder.contentType(error),
        TransformifyEncoder.encode(error, args, null), Optional.empty());
  }

  @Override
  public String explain(CatalogException failure) {
    TransformifyException e = (TransformifyException) failure;
    if (e instanceof TransformifyBadRequestException badRequest) {
      return "fix the request: \"" + badRequest.getMessage() + "\" " + badRequest.args();
    }
    return e.error().map(TransformifyError::code).orElse("undocumented") + ": \"" + e.getMessage() + "\"";
  }
}
