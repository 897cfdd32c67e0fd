package dev.errorcatalog.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errorcatalog.CatalogException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * A small HTTP server on {@code 127.0.0.1} and an ephemeral port whose endpoints throw the generated catalog
 * exceptions, the way a service would, and answer with the documented bodies.
 */
final class ErrorServer implements AutoCloseable {

  /** What an endpoint does; it answers normally or throws a catalog exception. */
  @FunctionalInterface
  interface Endpoint {
    Reply handle(String method, String requestBody);
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private ErrorServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server with no endpoints yet. */
  static ErrorServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "sample-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new ErrorServer(server, executor);
  }

  /**
   * Serves {@code path}; a thrown exception of the catalog's type {@code X} becomes its documented answer
   * through {@code render}. Anything else is a bug of the sample and answers 500 with the stack's message.
   */
  <X extends CatalogException> void route(String path, Class<X> type, Function<X, Reply> render, Endpoint endpoint) {
    server.createContext(path, exchange -> {
      Reply reply;
      try {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        reply = endpoint.handle(exchange.getRequestMethod(), requestBody);
      } catch (RuntimeException e) {
        reply = type.isInstance(e)
            ? render.apply(type.cast(e))
            : new Reply(500, "text/plain; charset=utf-8", "sample server bug: " + e, Optional.empty());
      }
      send(exchange, reply);
    });
  }

  /** The base address, e.g. {@code http://127.0.0.1:41234}. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    if (!reply.contentType().isEmpty()) {
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    }
    // As servers and proxies do for a client that accepts it; java.net.http hands the client the bytes as sent.
    if (body.length > 0 && acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding"))) {
      body = gzip(body);
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    reply.retryAfter().ifPresent(d -> exchange.getResponseHeaders().set("Retry-After", Long.toString(ceilSeconds(d))));
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Whether an {@code Accept-Encoding} header lists gzip without {@code q=0}. */
  static boolean acceptsGzip(List<String> acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String value : acceptEncoding) {
      for (String coding : value.split(",")) {
        String[] parts = coding.split(";");
        boolean refused = parts.length > 1 && parts[1].strip().matches("(?i)q\\s*=\\s*0(\\.0*)?");
        if (parts[0].strip().equalsIgnoreCase("gzip") && !refused) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    }
    return out.toByteArray();
  }

  /** Retry-After carries whole seconds; rounding down would ask the client to come back too early. */
  private static long ceilSeconds(Duration d) {
    return d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
