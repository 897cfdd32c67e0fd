package dev.errorcatalog.processor.output;

import java.io.IOException;
import java.util.Map;

/**
 * Sends sources and resources to the class output's writer, and each page to the writer of its directory; the
 * pages of a directory no option names (the build was not asked for that site) are not written.
 */
public final class RoutingWriter implements OutputWriter {

  private final OutputWriter classOutput;
  private final Map<String, ? extends OutputWriter> sites;

  /** @param sites the writer of each directory asked for, by the option naming it ({@code errorcatalog.docs}) */
  public RoutingWriter(OutputWriter classOutput, Map<String, ? extends OutputWriter> sites) {
    this.classOutput = classOutput;
    this.sites = Map.copyOf(sites);
  }

  @Override
  public void write(OutputFile file) throws IOException {
    if (file.kind() != OutputFile.Kind.PAGE) {
      classOutput.write(file);
      return;
    }
    OutputWriter site = sites.get(file.site());
    if (site != null) {
      site.write(file);
    }
  }
}
