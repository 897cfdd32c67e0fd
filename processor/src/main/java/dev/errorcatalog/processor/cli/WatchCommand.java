package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code watch PATH... OUT}: {@code docs} once, then again on every save of a catalog, printing the errors or
 * the pages that changed. Pointed at a MkDocs {@code docs_dir}, {@code mkdocs serve} shows each page live.
 * Runs until interrupted (Ctrl-C).
 */
final class WatchCommand implements Command {

  /**
   * How long to wait for more events after the first of a save: editors write a file in several steps (a
   * temporary file, a rename, a change of attributes), and one rebuild per save is enough.
   */
  private static final long SETTLE_MILLIS = 25;

  @Override
  public String name() {
    return "watch";
  }

  @Override
  public String arguments() {
    return "PATH... OUT";
  }

  @Override
  public String summary() {
    return "docs, then again on every save (for mkdocs serve); Ctrl-C stops";
  }

  @Override
  public int minimumPaths() {
    return 2;
  }

  @Override
  public int run(Invocation invocation) throws IOException, InterruptedException {
    List<Path> inputs = invocation.inputs();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      for (Path dir : directoriesOf(inputs)) {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
      Map<String, String> pages = rebuild(invocation, Map.of(), System.nanoTime());
      invocation.out().println("watching " + inputs.size() + (inputs.size() == 1 ? " path" : " paths")
          + "; Ctrl-C stops");
      while (true) {
        WatchKey key = watcher.take();
        long saved = System.nanoTime();
        boolean catalogChanged = drain(key);
        WatchKey more;
        while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          catalogChanged |= drain(more);
        }
        if (catalogChanged) {
          pages = rebuild(invocation, pages, saved);
        }
      }
    }
  }

  /** Checks and writes the pages; prints the diagnostics and the pages that changed since {@code before}. */
  private static Map<String, String> rebuild(Invocation invocation, Map<String, String> before, long started) {
    CatalogFilesBuild build = invocation.build();
    CatalogFilesBuild.Outcome outcome = build.run(invocation.inputs());
    build.writeDocs(outcome, invocation.output());
    List<String> changed = new ArrayList<>();
    outcome.pages().forEach((name, text) -> {
      if (!Objects.equals(before.get(name), text)) {
        changed.add(name);
      }
    });
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    String pages = changed.isEmpty() ? "no page changed" : "wrote " + String.join(", ", changed);
    invocation.out().println(outcome.summary() + "; " + pages + " (" + millis + " ms)");
    // A failed catalog keeps its last good page on disk: remember it, so its next good save shows as changed.
    Map<String, String> kept = new java.util.TreeMap<>(before);
    kept.putAll(outcome.pages());
    return kept;
  }

  /** Whether the events of one key touch a catalog file (not the editor's swap and backup files). */
  private static boolean drain(WatchKey key) {
    boolean catalog = false;
    for (var event : key.pollEvents()) {
      Object context = event.context();
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        catalog = true;
      } else if (context instanceof Path name) {
        String file = name.toString();
        catalog |= file.endsWith(".yaml") || file.endsWith(".yml");
      }
    }
    key.reset();
    return catalog;
  }

  /** The folders to watch: each folder given and those below it, and the folder of each file given. */
  private static Set<Path> directoriesOf(List<Path> inputs) throws IOException {
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath();
      if (Files.isDirectory(absolute)) {
        try (Stream<Path> walk = Files.walk(absolute)) {
          walk.filter(Files::isDirectory).forEach(dirs::add);
        }
      } else {
        dirs.add(absolute.getParent());
      }
    }
    return dirs;
  }
}
