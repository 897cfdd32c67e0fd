/**
 * The validated catalog: entries, shapes, templates, retry policies, examples, each with its source
 * position. Immutable records, built by {@code load}; every later stage reads only these.
 *
 * <p>Where a value is the runtime's, the model holds or names the runtime's type: a template is the runtime's
 * compiled {@code Template} (with its source and position), retry advice the runtime API's {@code RetryParameters};
 * {@code PlaceholderType}, {@code BodyKind} and {@code Constant} are the runtime's {@code Template.Type},
 * {@code CatalogCodec.Body} and {@code Constant} by {@code runtime()}, named here for the stages that may not import
 * the runtime (docs, validate).
 *
 * <p>May import the runtime API ({@code RetryClass}, {@code RetryParameters}) and the runtime's value types
 * (templates, body kinds, constants, JSON string rules); no other stage.
 */
package dev.errorcatalog.processor.model;
