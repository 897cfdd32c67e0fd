package dev.errorcatalog.processor;

import dev.errorcatalog.processor.cache.BuildCache;
import dev.errorcatalog.processor.cache.CacheKey;
import dev.errorcatalog.processor.cache.CachedBuild;
import dev.errorcatalog.processor.generate.GeneratedAnnotation;
import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.output.BuiltCatalog;
import dev.errorcatalog.processor.output.OutputWriter;
import dev.errorcatalog.processor.output.RecordingWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The unchanged-catalog rebuild over one compilation's rounds, for {@link ErrorCatalogProcessor}: in the first
 * round with catalogs, the cached build when its key is this build's; what a build that may be kept wrote and
 * reported; and, when the last round ends, the cache written. A build with an error, or with catalogs over
 * several rounds, is never kept.
 */
final class CachedRounds {

  private final ProcessingEnvironment env;
  private final Map<String, String> options;
  /** The processor's identity in the key; {@code null} for the checksums of its code. */
  private final String processorVersion;
  private final StepTimes times;
  private final Optional<BuildCache> cache;
  /** Every message reported, as printed: what a kept build replays. */
  private final List<Heard> heard = new ArrayList<>();
  private RecordingWriter recording;
  /** The first catalog round when its build may be kept: its key, elements, and the messages it reported. */
  private Keeping keeping;
  /** The first catalog round when it was replayed from the cache: what it asked, and whether it was adopted. */
  private Replayed replayed;

  CachedRounds(ProcessingEnvironment env, Map<String, String> options, String processorVersion, StepTimes times) {
    this.env = env;
    this.options = options;
    this.processorVersion = processorVersion;
    this.times = times;
    this.cache = CatalogCache.of(env, options);
  }

  /**
   * Where the build's files go: {@code writer}, with what is written kept in memory to the end of the build
   * only when there is a cache to keep it in.
   */
  OutputWriter recording(OutputWriter writer) {
    if (cache.isEmpty()) {
      return writer;
    }
    recording = new RecordingWriter(writer);
    return recording;
  }

  /** A message as javac printed it. */
  void heard(Kind kind, String text, Element element) {
    heard.add(new Heard(kind, text, element));
  }

  /**
   * The first round with catalogs: the cached build to replay when its key is this build's and it names only
   * this round's elements; else empty, and the round's build may be kept.
   */
  Optional<CachedBuild> firstRound(List<Element> annotated, List<AskedCatalog> asked) {
    Optional<byte[]> key = times.time("cache key", () -> cache.flatMap(c -> key(annotated, asked)));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<CachedBuild> hit = times.time("cache read", () -> cache.get().read(key.get()));
    if (hit.isPresent() && fits(hit.get(), annotated)) {
      replayed = new Replayed(hit.get(), asked);
      return hit;
    }
    keeping = new Keeping(key.get(), annotated, asked.size(), heard.size());
    return Optional.empty();
  }

  /**
   * A later round with catalogs: the build is not kept, and the catalogs of a replayed first round, once, to be
   * loaded again (quietly) so that the files of the whole build name them too.
   */
  List<AskedCatalog> laterRound() {
    keeping = null;
    if (replayed == null || replayed.adopted) {
      return List.of();
    }
    replayed.adopted = true;
    return replayed.asked();
  }

  /** The end of a round whose catalogs were built: the messages until now belong to the kept build. */
  void roundDone() {
    if (keeping != null) {
      keeping.heardUntil = heard.size();
    }
  }

  /** The replayed build, when no later round brought another catalog: its build-wide files are this build's. */
  Optional<CachedBuild> replayedAlone() {
    return replayed == null || replayed.adopted ? Optional.empty() : Optional.of(replayed.build());
  }

  /**
   * The key of a build whose every annotation asks for a catalog that was found and read: the parts of the whole
   * build, then what each annotation asks, where, and the bytes of its YAML. Empty otherwise (the build reports
   * why, in full).
   */
  private Optional<byte[]> key(List<Element> annotated, List<AskedCatalog> asked) {
    if (asked.stream().anyMatch(a -> a.located().isEmpty() || !a.found().all().isEmpty())) {
      return Optional.empty();
    }
    Optional<CacheKey> build = CatalogCache.buildKey(env, options, processorVersion);
    if (build.isEmpty()) {
      return Optional.empty();
    }
    CacheKey key = build.get();
    for (AskedCatalog a : asked) {
      CatalogRequest request = a.request().get();
      LocatedCatalog located = a.located().get();
      key.add("element", annotated.indexOf(a.element()) + " " + a.element().getKind() + " " + a.element())
          .add("package", env.getElementUtils().getPackageOf(a.element()).getQualifiedName().toString())
          .add("request", request.id() + "\n" + request.file() + "\n" + request.prefix())
          .add("module", a.module().isNamed() + " " + a.module().sees(env.getElementUtils(),
              GeneratedAnnotation.PACKAGE))
          .add("file", located.file())
          .add("yaml", located.content());
    }
    return Optional.of(key.bytes());
  }

  /** Whether every element a cached build names is one of this round's. */
  private static boolean fits(CachedBuild build, List<Element> annotated) {
    return build.catalogs().stream().allMatch(c -> c.element() >= 0 && c.element() < annotated.size())
        && build.messages().stream().allMatch(m -> m.element() >= -1 && m.element() < annotated.size());
  }

  /**
   * Keeps this build for the next, when it may be: its catalogs came in one round, every one was built, nothing
   * reported an error, and every message it reported was a warning or a note on one of its elements.
   */
  void keep(Reporter reporter, Supplier<CatalogPipeline> pipeline, Map<String, Element> origins) {
    if (keeping == null || cache.isEmpty() || recording == null || reporter.errors() > 0
        || pipeline.get().builtCount() != keeping.catalogs()) {
      return;
    }
    List<CachedBuild.Message> messages = new ArrayList<>();
    for (Heard h : heard.subList(keeping.heardFrom(), keeping.heardUntil)) {
      int element = h.element() == null ? -1 : indexOf(keeping.elements(), h.element());
      if (h.kind() == Kind.ERROR || (h.kind() != Kind.WARNING && h.kind() != Kind.NOTE)
          || (h.element() != null && element < 0)) {
        return;
      }
      messages.add(new CachedBuild.Message(h.kind() == Kind.WARNING, element, h.text()));
    }
    List<CachedBuild.Catalog> catalogs = new ArrayList<>();
    for (BuiltCatalog b : pipeline.get().built().values()) {
      int element = indexOf(keeping.elements(), origins.get(b.catalog().id()));
      if (element < 0) {
        return;
      }
      catalogs.add(new CachedBuild.Catalog(element, b.catalog().id(), b.names().catalog().canonicalName()));
    }
    cache.get().write(keeping.key(), new CachedBuild(catalogs, messages, recording.written()));
  }

  private static int indexOf(List<Element> elements, Element element) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == element) {
        return i;
      }
    }
    return -1;
  }

  /** A message as it was printed. */
  private record Heard(Kind kind, String text, Element element) {}

  /** The first catalog round of a build that may be kept. */
  private static final class Keeping {
    private final byte[] key;
    private final List<Element> elements;
    private final int catalogs;
    private final int heardFrom;
    private int heardUntil;

    Keeping(byte[] key, List<Element> elements, int catalogs, int heardFrom) {
      this.key = key;
      this.elements = elements;
      this.catalogs = catalogs;
      this.heardFrom = heardFrom;
      this.heardUntil = heardFrom;
    }

    byte[] key() {
      return key;
    }

    List<Element> elements() {
      return elements;
    }

    int catalogs() {
      return catalogs;
    }

    int heardFrom() {
      return heardFrom;
    }
  }

  /** The first catalog round, replayed from the cache. */
  private static final class Replayed {
    private final CachedBuild build;
    private final List<AskedCatalog> asked;
    private boolean adopted;

    Replayed(CachedBuild build, List<AskedCatalog> asked) {
      this.build = build;
      this.asked = asked;
    }

    CachedBuild build() {
      return build;
    }

    List<AskedCatalog> asked() {
      return asked;
    }
  }
}
