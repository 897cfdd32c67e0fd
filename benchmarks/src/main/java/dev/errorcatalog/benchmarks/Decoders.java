package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorDecoder;

/** The generated decoder of each benchmarked catalog, made the way users make it: {@code new XDecoder()}. */
final class Decoders {

  private Decoders() {}

  static ErrorDecoder<?> create(String catalogId) {
    return switch (catalogId) {
      case "insider-one" -> new InsiderOneDecoder();
      case "insider-live-activities" -> new InsiderLiveActivitiesDecoder();
      case "getresponse" -> new GetresponseDecoder();
      case "transformify" -> new TransformifyDecoder();
      case "pingback" -> new PingbackDecoder();
      case "bench-10" -> new Bench10Decoder();
      case "bench-5000" -> new Bench5000Decoder();
      case "bench-styles" -> new BenchStylesDecoder();
      default -> throw new IllegalArgumentException("no benchmarked catalog '" + catalogId + "'");
    };
  }
}
