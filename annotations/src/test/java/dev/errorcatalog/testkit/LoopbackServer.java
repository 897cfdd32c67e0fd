package dev.errorcatalog.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's {@code HttpServer}, an ephemeral port) that answers each request
 * with a scripted {@link Reply}: the adapters under test talk to it over the loopback interface exactly as they
 * would to an API. Records what it was sent.
 */
public final class LoopbackServer implements AutoCloseable {

  /** One request as the server received it. */
  public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new ArrayList<>();
  private volatile IntFunction<Reply> script = n -> Reply.OK;
  private volatile Runnable onRequest = () -> {};

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on an ephemeral port of 127.0.0.1. */
  public static LoopbackServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
      });
      LoopbackServer loopback = new LoopbackServer(server, executor);
      server.createContext("/", loopback::handle);
      server.setExecutor(executor);
      server.start();
      return loopback;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers {@code reply} to the first {@code times} requests (from now), then {@code then}. */
  public LoopbackServer play(Reply reply, int times, Reply then) {
    int start = requests();
    script = n -> n - start < times ? reply : then;
    return this;
  }

  /** Answers {@code reply} to every request. */
  public LoopbackServer always(Reply reply) {
    script = n -> reply;
    return this;
  }

  /** Runs {@code action} as each request arrives, before it is answered (e.g. to advance a test clock). */
  public LoopbackServer onRequest(Runnable action) {
    onRequest = action;
    return this;
  }

  /** How many requests have arrived. */
  public synchronized int requests() {
    return requests.size();
  }

  /** The requests that have arrived, in order. */
  public synchronized List<Request> recorded() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      int n;
      synchronized (this) {
        n = requests.size();
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            new LinkedHashMap<>(exchange.getRequestHeaders()), body));
      }
      onRequest.run();
      Reply reply = script.apply(n);
      reply.allHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
      byte[] wire = reply.wire();
      boolean noBody = wire.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : wire.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(wire);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
