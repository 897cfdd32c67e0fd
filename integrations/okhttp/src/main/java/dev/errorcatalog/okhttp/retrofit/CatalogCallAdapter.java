package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import java.lang.reflect.Type;
import retrofit2.CallAdapter;

/** What both adapters of {@link CatalogCallAdapterFactory} hold: the body type, the decoder, the advisor (or none). */
abstract class CatalogCallAdapter<R, T> implements CallAdapter<R, T> {

  private final Type responseType;
  final ErrorDecoder<?> decoder;
  final RetryAdvisor advisor;

  CatalogCallAdapter(Type responseType, ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.responseType = responseType;
    this.decoder = decoder;
    this.advisor = advisor;
  }

  @Override
  public final Type responseType() {
    return responseType;
  }
}
