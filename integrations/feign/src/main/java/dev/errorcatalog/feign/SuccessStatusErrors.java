package dev.errorcatalog.feign;

import dev.errorcatalog.ErrorDecoder;
import feign.FeignException;
import feign.InvocationContext;
import feign.Response;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;
import java.io.IOException;

/**
 * {@link CatalogErrorDecoder#errorsAtSuccessStatus()}: Feign hands a success status to its decoder, never to the
 * error decoder, so errors a catalog documents at such a status are caught here, before Feign decodes the body.
 */
final class SuccessStatusErrors implements ResponseInterceptor {

  private final CatalogErrorDecoder errors;
  private final ErrorDecoder<?> decoder;

  SuccessStatusErrors(CatalogErrorDecoder errors, ErrorDecoder<?> decoder) {
    this.errors = errors;
    this.decoder = decoder;
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    int status = response.status();
    if (status < 200 || status >= 300 || !decoder.errorsAt(status) || response.body() == null) {
      if (status < 400) {
        CatalogRetryer.disarm(); // the call succeeded: its retryer is done with this thread
      }
      return chain.next(context);
    }
    byte[] body = CatalogErrorDecoder.body(response);
    Response buffered = response.toBuilder().body(body).build();
    if (decoder.decode(status, CatalogErrorDecoder.headers(response.headers()), body).isError()) {
      throw errors.decode(buffered, body);
    }
    CatalogRetryer.disarm(); // the call succeeded: its retryer is done with this thread
    // Not an error: decoded by Feign's decoder from the bytes already read (the context's body is consumed).
    if (context.returnType() == Response.class) {
      return buffered;
    }
    try {
      return context.decoder().decode(buffered, context.returnType());
    } catch (FeignException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeException(status, e.getMessage(), response.request(), e);
    } catch (IOException e) {
      throw new DecodeException(status, e.getMessage(), response.request(), e);
    }
  }
}
