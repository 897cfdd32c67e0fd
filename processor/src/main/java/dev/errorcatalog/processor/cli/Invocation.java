package dev.errorcatalog.processor.cli;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A command's arguments: its paths (in order) and the processor's options given as {@code -Aname=value},
 * exactly as javac takes them, so a writer's pages match the build's; whether {@value #STRICT} makes warnings
 * fail; and where to print.
 */
record Invocation(List<Path> paths, Map<String, String> options, boolean strict, PrintStream out,
    Optional<OpenApi> openApi) {

  /** The flag that makes warnings fail the command, as errors do. */
  static final String STRICT = "--strict";

  /** {@code check --openapi SPEC}: the OpenAPI document to compare the catalogs with. */
  static final String OPENAPI = "--openapi";

  /** {@code check --openapi SPEC --fail-on-openapi-mismatch}: mismatches are errors, not warnings. */
  static final String OPENAPI_FAILS = "--fail-on-openapi-mismatch";

  /**
   * The OpenAPI document of {@value #OPENAPI}, and whether its mismatches fail the command.
   */
  record OpenApi(Path spec, boolean mismatchesFail) {}

  /** An invocation without an OpenAPI document. */
  Invocation(List<Path> paths, Map<String, String> options, boolean strict, PrintStream out) {
    this(paths, options, strict, out, Optional.empty());
  }

  /** A mistake on the command line: the message says what to write instead. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parses what follows the command's name. */
  static Invocation parse(List<String> args, PrintStream out) throws UsageException {
    List<Path> paths = new ArrayList<>();
    Map<String, String> options = new TreeMap<>();
    boolean strict = false;
    Path spec = null;
    boolean mismatchesFail = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(STRICT)) {
        strict = true;
      } else if (arg.equals(OPENAPI) || arg.startsWith(OPENAPI + "=")) {
        String value = arg.equals(OPENAPI) ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(OPENAPI.length() + 1);
        if (value.isEmpty()) {
          throw new UsageException(OPENAPI + " takes the OpenAPI document: " + OPENAPI + " SPEC.");
        }
        spec = Paths.get(value);
      } else if (arg.equals(OPENAPI_FAILS)) {
        mismatchesFail = true;
      } else if (arg.startsWith("-A")) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
        if (!ErrorCatalogProcessor.OPTIONS.contains(name)) {
          throw new UsageException("unknown option -A" + name + "; the processor's options are -A"
              + String.join(", -A", new java.util.TreeSet<>(ErrorCatalogProcessor.OPTIONS)) + ".");
        }
        options.put(name, eq < 0 ? "" : arg.substring(eq + 1));
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        throw new UsageException("unknown flag " + arg + "; the flags are " + STRICT + ", " + OPENAPI + " SPEC and "
            + OPENAPI_FAILS + ", and processor options are written -Aname=value.");
      } else {
        paths.add(Paths.get(arg));
      }
    }
    if (mismatchesFail && spec == null) {
      throw new UsageException(OPENAPI_FAILS + " goes with " + OPENAPI + " SPEC.");
    }
    Optional<OpenApi> openApi = spec == null ? Optional.empty() : Optional.of(new OpenApi(spec, mismatchesFail));
    return new Invocation(List.copyOf(paths), Map.copyOf(options), strict, out, openApi);
  }

  /**
   * Whether the outcome fails the command: an error, or with {@value #STRICT} a warning too. Prints the summary,
   * and why a run without errors failed.
   */
  boolean fails(CatalogFilesBuild.Outcome outcome) {
    boolean warningsFail = strict && !outcome.failed() && outcome.warnings() > 0;
    out.println(outcome.summary() + (warningsFail ? " (" + STRICT + ": warnings fail)" : ""));
    return outcome.failed() || warningsFail;
  }

  /** The paths without the last (a command's output folder). */
  List<Path> inputs() {
    return paths.subList(0, paths.size() - 1);
  }

  /** The last path: a command's output folder. */
  Path output() {
    return paths.get(paths.size() - 1);
  }

  /** A new build of the processor's steps with these options, printing here. */
  CatalogFilesBuild build() {
    return new CatalogFilesBuild(options, new TerminalChannel(out));
  }
}
