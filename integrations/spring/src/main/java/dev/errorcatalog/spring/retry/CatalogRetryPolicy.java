package dev.errorcatalog.spring.retry;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.RetryAdvisor;
import dev.errorcatalog.RetryDecision;
import java.util.Objects;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.context.RetryContextSupport;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;
import org.springframework.retry.support.RetryTemplate;

/**
 * A Spring Retry {@link RetryPolicy} that asks {@link RetryAdvisor}: after each failure whose cause chain holds the
 * catalog's exception (thrown as it is, or inside {@code java.net.http}'s or OkHttp's {@code IOException}), the
 * advisor's decision for this call's attempts (the entry's retry class, attempts, window, {@code Retry-After}) says
 * whether to retry, and {@link CatalogBackOffPolicy} waits its delay. Any other exception is not retried (the
 * advisor judges responses). Once the advisor stops, {@code RetryTemplate} rethrows the last exception as it was
 * thrown: the typed exception for a call that throws it.
 *
 * <pre>{@code
 * RetryTemplate template = CatalogRetryPolicy.template(new RetryAdvisor(), true);
 * String body = template.execute(context -> client.order(id));   // throws InsiderOneException when it stops
 * }</pre>
 *
 * <p>Use it around a client without retries of its own (the one retry layer), e.g. {@code CatalogBodyHandler},
 * {@code CatalogInterceptor.of}, {@code CatalogCalls.of}, {@code CatalogCallAdapterFactory.create}.
 */
public final class CatalogRetryPolicy implements RetryPolicy {

  /** The {@link RetryContext} attribute holding the advisor's latest {@link RetryDecision}. */
  public static final String DECISION = "errorcatalog.decision";

  private final RetryAdvisor advisor;
  private final boolean idempotent;

  /**
   * @param advisor the advisor whose decisions this policy follows
   * @param idempotent whether the call may be repeated safely ({@code idempotent-only} entries need it)
   */
  public CatalogRetryPolicy(RetryAdvisor advisor, boolean idempotent) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.idempotent = idempotent;
  }

  /** A {@code RetryTemplate} with this policy and a {@link CatalogBackOffPolicy} on the same advisor. */
  public static RetryTemplate template(RetryAdvisor advisor, boolean idempotent) {
    RetryTemplate template = new RetryTemplate();
    template.setRetryPolicy(new CatalogRetryPolicy(advisor, idempotent));
    template.setBackOffPolicy(new CatalogBackOffPolicy(advisor));
    return template;
  }

  /**
   * The interceptor for {@code @Retryable(interceptor = "beanName")}: declare it as a bean of that name, and the
   * annotated method retries as the advisor says.
   */
  public static RetryOperationsInterceptor interceptor(RetryAdvisor advisor, boolean idempotent) {
    return RetryInterceptorBuilder.stateless().retryOperations(template(advisor, idempotent)).build();
  }

  /** The catalog's exception in {@code failure}'s cause chain, or {@code null}. */
  static CatalogException catalogException(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
      if (t instanceof CatalogException catalog) {
        return catalog;
      }
    }
    return null;
  }

  @Override
  public RetryContext open(RetryContext parent) {
    RetryContextSupport context = new RetryContextSupport(parent);
    context.setAttribute(Attempts.class.getName(), new Attempts(advisor.begin(idempotent)));
    return context;
  }

  @Override
  public void registerThrowable(RetryContext context, Throwable throwable) {
    ((RetryContextSupport) context).registerThrowable(throwable);
    CatalogException catalog = catalogException(throwable);
    Attempts attempts = (Attempts) context.getAttribute(Attempts.class.getName());
    RetryDecision decision = catalog == null
        ? RetryDecision.stop("not the catalog's exception: " + throwable.getClass().getName())
        : attempts.retries().next(catalog);
    context.setAttribute(DECISION, decision);
  }

  @Override
  public boolean canRetry(RetryContext context) {
    Object decision = context.getAttribute(DECISION);
    return context.getLastThrowable() == null
        || (decision instanceof RetryDecision d && !d.stopped());
  }

  @Override
  public void close(RetryContext context) {
    // nothing held
  }

  /** One call's attempts, counted on the advisor's clock. */
  private record Attempts(RetryAdvisor.Retries retries) {}
}
