package dev.errorcatalog.processor.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML factory whose parsers tell the anchor or alias of every node. {@code YAMLParser.getCurrentAnchor()}
 * misses anchors on scalar values inside maps ({@code code: &c A}) and repeats a map's anchor on its first
 * key, so the parser exposes the underlying SnakeYAML event instead. Parsers are made from readers only.
 */
final class AnchorAwareYamlFactory extends YAMLFactory {

  private static final long serialVersionUID = 1L;

  AnchorAwareYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  /** A YAML parser that exposes the anchor or alias of the event behind the current token. */
  static final class Parser extends YAMLParser {

    Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    /** True when the current token is an alias ({@code *name}). */
    boolean atAlias() {
      return _lastEvent instanceof AliasEvent;
    }

    /** True when the current token is a plain (unquoted, not block) scalar. */
    boolean plainScalar() {
      return _lastEvent instanceof ScalarEvent event && event.isPlain();
    }

    /** The anchor ({@code &name}) of the current node, or the name an alias refers to; null if none. */
    String anchorOrAlias() {
      return _lastEvent instanceof NodeEvent event ? event.getAnchor() : null;
    }
  }
}
