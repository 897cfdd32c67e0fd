/**
 * Stage 4, generate: one {@code SourceGenerator} per output (the error type, the exceptions, the factories,
 * the encoder, the decoder, the catalog), writing JavaPoet files from the model and its rows; the layout for
 * the catalog's size is decided in {@code CatalogSize}.
 *
 * <p>May import {@code model}, {@code tables}, {@code names}, the runtime API, the runtime package and JavaPoet.
 * Never {@code load}, {@code check} or {@code docs}.
 */
package dev.errorcatalog.processor.generate;
