package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.testkit.DecisionCase;
import dev.errorcatalog.testkit.DecisionCatalog;
import dev.errorcatalog.testkit.DecisionTable;
import dev.errorcatalog.testkit.Reply;
import dev.errorcatalog.testkit.TestTime;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared decision table run in memory, straight on {@link RetryAdvisor}: the reference every adapter's run
 * over real HTTP must agree with. Each attempt decodes the row's bytes as they travel (gzipped ones too, as
 * {@code java.net.http} hands them over) and asks {@link RetryAdvisor.Retries#next}.
 */
class RetryAdvisorDecisionTableTest {

  static Stream<DecisionCase> rows() {
    return DecisionTable.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theAdvisorDecidesAsTheTableSays(DecisionCase row) {
    TestTime time = new TestTime();
    RetryAdvisor advisor = new RetryAdvisor(new SplittableRandom(row.name().hashCode()), time, time);
    RetryAdvisor.Retries retries = advisor.begin(row.idempotent());
    int attempts = 0;
    DecodedError<?> last = null;
    CatalogException thrown = null;
    while (true) {
      attempts++;
      time.advance(row.callTime());
      if (attempts > row.failures()) {
        break;
      }
      Reply reply = row.reply();
      last = DecisionCatalog.INSTANCE.decoder().decode(reply.status(), reply.allHeaders(), reply.wire());
      RetryDecision decision = retries.next(last);
      if (decision.stopped()) {
        thrown = last.toException();
        break;
      }
      time.sleep(decision.delay());
    }
    row.verify(attempts, time.waits(), thrown == null ? Reply.OK.text() : null, thrown);
    if (row.outcome() instanceof DecisionCase.Failure failure) {
      assertEquals(failure.matchKind(), last.matchKind(), row.name());
    }
  }
}
