package dev.errorcatalog.okhttp.retrofit;

import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryAdvisor;
import java.io.IOException;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Response;

/**
 * What both adapters of {@link CatalogCallAdapterFactory} share. Retrofit is asked for the body as a (buffered)
 * {@code ResponseBody}, so that a body at a success status can be decoded as an error before it is converted;
 * the body type's converter, found when the method is first used as Retrofit would find it, converts the rest.
 *
 * @param <T> the method's return type
 */
abstract class CatalogCallAdapter<T> implements CallAdapter<Object, T> {

  final ErrorDecoder<?> decoder;
  final RetryAdvisor advisor;
  private final Type responseType;
  private final Converter<ResponseBody, ?> converter;
  private final boolean wantsResponse;

  /**
   * @param responseType what Retrofit is asked to read: {@code ResponseBody}, or {@code Void} for a method
   *     without a body (a {@code HEAD})
   * @param converter the body type's converter
   * @param wantsResponse whether the method returns Retrofit's {@code Response<Body>}
   */
  CatalogCallAdapter(Type responseType, Converter<ResponseBody, ?> converter, boolean wantsResponse,
      ErrorDecoder<?> decoder, RetryAdvisor advisor) {
    this.responseType = responseType;
    this.converter = converter;
    this.wantsResponse = wantsResponse;
    this.decoder = decoder;
    this.advisor = advisor;
  }

  @Override
  public final Type responseType() {
    return responseType;
  }

  /** The method's value for a response that is no error: its body converted, in a {@code Response} if asked. */
  final Object success(CatalogAttempts.Checked checked) throws IOException {
    Response<?> response = checked.response();
    Object body = response.body();
    Object value;
    if (checked.bytes() != null) {
      value = converter.convert(ResponseBody.create(checked.bytes(), checked.type()));
    } else if (body instanceof ResponseBody raw) {
      value = converter.convert(raw);
    } else {
      value = null; // no body (204, 205) or a Void method's
    }
    return wantsResponse ? Response.success(value, response.raw()) : value;
  }

  /**
   * The method's value for an error the advisor stopped at: a {@code Response<Body>} method gets the error
   * response as Retrofit would give it (its error body the bytes received); every other method, and an error at
   * a success status (Retrofit's {@code Response} cannot be an error there), gets the catalog's exception.
   */
  final Object failure(CatalogAttempts.Checked checked) {
    Response<?> response = checked.response();
    if (wantsResponse && !response.isSuccessful()) {
      return Response.error(ResponseBody.create(checked.bytes(), checked.type()), response.raw());
    }
    throw checked.error().toException();
  }
}
