package dev.errorcatalog.clienttests;

import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.LoopbackServer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of an adapter's test class: a {@link LoopbackServer} for the class's tests, and the two sources of its
 * parameterized tests, {@code @MethodSource("rows")} (the decision table) and {@code @MethodSource("documented")}
 * (every documented error of the two compiled catalogs).
 */
public abstract class LoopbackTest {

  /** The server of the running test class. */
  protected static LoopbackServer server;

  @BeforeAll
  static void startServer() {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  protected static Stream<DecisionCase> rows() {
    return DecisionTable.cases().stream();
  }

  protected static List<DocumentedErrors.Case> documented() {
    return DocumentedErrors.all();
  }
}
