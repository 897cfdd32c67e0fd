package dev.errorcatalog.spring.benchmarks;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.spring.CatalogErrorHandling;
import dev.errorcatalog.spring.CatalogErrorRenderer;
import dev.errorcatalog.spring.ErrorLog;
import dev.errorcatalog.spring.FrameworkErrors;
import dev.errorcatalog.spring.TraceIds;
import dev.errorcatalog.spring.mvc.CatalogExceptionAdvice;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The cost of one error response: the starter's advice next to a hand-written {@code @ExceptionHandler} that
 * returns the same response (checked at setup), in the same run. {@code handler*}: the handler method alone;
 * {@code dispatch*}: a whole request through Spring MVC's {@code DispatcherServlet} (mock request and
 * response, no socket), from the controller's throw to the written body. The starter's log line is off (its
 * logger at WARNING): its cost is the logging backend's, not the starter's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ServerPathBenchmark {

  /** A JSON body without arguments, and one with three documented fields. */
  @Param({"pingback:CONTACT_NOT_FOUND", "getresponse:1000"})
  public String error;

  private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

  private static final Logger STARTER_LOG = Logger.getLogger("dev.errorcatalog.spring");

  private CatalogException exception;
  private CatalogExceptionAdvice starter;
  private HandWrittenAdvice handWritten;
  private MockHttpServletRequest request;
  private AnnotationConfigWebApplicationContext starterContext;
  private AnnotationConfigWebApplicationContext handWrittenContext;
  private DispatcherServlet starterServlet;
  private DispatcherServlet handWrittenServlet;

  @Setup
  public void setUp() throws Exception {
    STARTER_LOG.setLevel(Level.WARNING);
    exception = exception(error);
    Thrower.exception = exception;
    starter = new CatalogExceptionAdvice(handling());
    handWritten = new HandWrittenAdvice();
    request = new MockHttpServletRequest(SERVLET_CONTEXT, "GET", "/fail");
    starterContext = context(StarterConfig.class);
    handWrittenContext = context(HandWrittenConfig.class);
    starterServlet = servlet(starterContext);
    handWrittenServlet = servlet(handWrittenContext);
    same(handlerStarter(), handlerHandWritten());
    same(dispatchStarter(), dispatchHandWritten());
  }

  @TearDown
  public void tearDown() {
    starterServlet.destroy();
    handWrittenServlet.destroy();
    starterContext.close();
    handWrittenContext.close();
  }

  @Benchmark
  public ResponseEntity<byte[]> handlerStarter() throws Exception {
    return starter.handle(exception, request);
  }

  @Benchmark
  public ResponseEntity<byte[]> handlerHandWritten() {
    return exception instanceof PingbackException p ? handWritten.pingback(p)
        : handWritten.getresponse((GetresponseException) exception);
  }

  @Benchmark
  public MockHttpServletResponse dispatchStarter() throws Exception {
    return dispatch(starterServlet);
  }

  @Benchmark
  public MockHttpServletResponse dispatchHandWritten() throws Exception {
    return dispatch(handWrittenServlet);
  }

  private static MockHttpServletResponse dispatch(DispatcherServlet servlet) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    // one servlet context for all requests: a request made without one makes its own, which costs more than
    // the error handling measured here
    servlet.service(new MockHttpServletRequest(SERVLET_CONTEXT, "GET", "/fail"), response);
    return response;
  }

  static CatalogErrorHandling handling() {
    return new CatalogErrorHandling(new CatalogErrorRenderer(false, null), FrameworkErrors.NONE, new ErrorLog(TraceIds.NONE));
  }

  static CatalogException exception(String error) {
    String[] parts = error.split(":");
    return switch (parts[0]) {
      case "pingback" -> PingbackErrors.contactNotFound();
      case "getresponse" -> GetresponseErrors.generalValidationError(
          "General error of validation process", "https://apidocs.getresponse.com/v3/errors/1000", "6b1c2d3e");
      default -> throw new IllegalArgumentException(error);
    };
  }

  private static AnnotationConfigWebApplicationContext context(Class<?> advice) {
    AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
    context.setServletContext(SERVLET_CONTEXT);
    context.register(Web.class, advice);
    context.refresh();
    return context;
  }

  private static DispatcherServlet servlet(AnnotationConfigWebApplicationContext context) throws Exception {
    DispatcherServlet servlet = new DispatcherServlet(context);
    servlet.init(new MockServletConfig());
    return servlet;
  }

  private static void same(ResponseEntity<byte[]> a, ResponseEntity<byte[]> b) {
    if (a.getStatusCode().value() != b.getStatusCode().value() || !Arrays.equals(a.getBody(), b.getBody())
        || !a.getHeaders().equals(b.getHeaders())) {
      throw new IllegalStateException("the two handlers answer differently: " + a + " / " + b);
    }
  }

  private static void same(MockHttpServletResponse a, MockHttpServletResponse b) throws Exception {
    if (a.getStatus() != b.getStatus() || !Arrays.equals(a.getContentAsByteArray(), b.getContentAsByteArray())
        || !String.valueOf(a.getContentType()).equals(String.valueOf(b.getContentType()))
        || a.getStatus() < 400 || a.getContentAsByteArray().length == 0) {
      throw new IllegalStateException("the two servlets answer differently: " + a.getStatus() + " "
          + a.getContentAsString() + " / " + b.getStatus() + " " + b.getContentAsString());
    }
  }

  /** Spring MVC with the one controller. */
  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  @Import(Thrower.class)
  static class Web {}

  @Configuration(proxyBeanMethods = false)
  static class StarterConfig {
    @Bean
    CatalogExceptionAdvice advice() {
      return new CatalogExceptionAdvice(handling());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Import(HandWrittenAdvice.class)
  static class HandWrittenConfig {}

}
