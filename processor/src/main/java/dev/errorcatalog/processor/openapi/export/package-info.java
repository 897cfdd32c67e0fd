/**
 * The OpenAPI export: one OpenAPI 3.1 document per catalog ({@code <id>.openapi.json}) with the catalog's documented
 * responses as {@code components.responses}, its body shapes as {@code components.schemas} and, where entries name
 * {@code METHOD /path} endpoints, those responses under {@code paths}. Written as JSON with jackson-core's
 * {@code JsonGenerator} (which the processor has through jackson-dataformat-yaml): nothing on the processor's path
 * reads or validates OpenAPI; the tests do, with swagger-parser and Redocly's lint.
 *
 * <p>Reads the validated model, and the docs' {@code ApiWording} for the words a reader sees (the entry's meaning
 * and retry advice, what each body field holds): a response in Swagger UI says what the docs page says. Deterministic:
 * the text depends only on the model and the docs URL option (keys in a fixed order, components sorted by key, no
 * date).
 *
 * <p>May import {@code model} and {@code docs}. Never {@code generate}, {@code tables} or the runtime: a document
 * describes the catalog, not the code.
 */
package dev.errorcatalog.processor.openapi.export;
