package dev.ferry.load;

import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a mapping file with snakeyaml-engine's node API (not its object constructor), so that every
 * value keeps the line and column it was written at. Nothing in the file is executed or instantiated:
 * custom tags are refused, aliases are bounded.
 */
public final class MapLoader {

  private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  private MapLoader() {}

  /** Loads {@code path}; problems go to {@code diagnostics} and the result is empty when none could be read. */
  public static Optional<LoadedMap> load(Path path, String displayName, Diagnostics diagnostics) {
    Location fileStart = Location.ofFile(displayName);
    String text;
    if (Files.isDirectory(path)) {
      diagnostics.error("file-not-found", fileStart, "this is a folder; name the map files in it, e.g. " + path
          + "/*.yaml");
      return Optional.empty();
    }
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        diagnostics.error("file-too-large", fileStart,
            "the map is larger than 4 MB; split it or check that this is the right file");
        return Optional.empty();
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (NoSuchFileException e) {
      diagnostics.error("file-not-found", fileStart, "no such file; check the path");
      return Optional.empty();
    } catch (CharacterCodingException e) {
      diagnostics.error("file-encoding", fileStart, "the file is not UTF-8; save it as UTF-8 and try again");
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.error("file-unreadable", fileStart, "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    return loadText(text, path, displayName, diagnostics);
  }

  /** Loads a map from text already in memory (tests, and maps embedded in other files). */
  public static Optional<LoadedMap> loadText(
      String text, Path path, String displayName, Diagnostics diagnostics) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(displayName)
        .setSchema(new CoreSchema())
        .setMaxAliasesForCollections(50)
        .setAllowRecursiveKeys(false)
        .setUseMarks(true)
        .build();
    List<Node> documents = new ArrayList<>();
    try {
      new Compose(settings).composeAllFromString(text).forEach(documents::add);
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      Location at = mark == null
          ? Location.ofFile(displayName)
          : new Location(displayName, mark.getLine() + 1, mark.getColumn() + 1, "");
      diagnostics.error("yaml-syntax", at, describe(e, mark));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.error("yaml-syntax", Location.ofFile(displayName), e.getMessage());
      return Optional.empty();
    }
    if (documents.isEmpty()) {
      diagnostics.error("yaml-empty", Location.ofFile(displayName),
          "the file holds no YAML document; a map starts with 'version: 1'");
      return Optional.empty();
    }
    if (documents.size() > 1) {
      int secondLine = documents.get(1).getStartMark().map(m -> m.getLine() + 1).orElse(1);
      Location second = new Location(displayName, separatorLine(text, secondLine), 1, "");
      diagnostics.error("yaml-multiple-documents", second,
          "a map is one YAML document; remove the '---' separator or split the file");
      return Optional.empty();
    }
    NodePositions positions = new NodePositions(displayName);
    Object tree = new TreeBuilder(positions, diagnostics).convert(documents.get(0), "");
    return Optional.of(new LoadedMap(displayName, path, text, tree, positions));
  }

  /** The '---' line that starts the document whose content begins at {@code contentLine}. */
  private static int separatorLine(String text, int contentLine) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(contentLine, lines.length) - 1; i >= 0; i--) {
      if (lines[i].startsWith("---")) {
        return i + 1;
      }
    }
    return contentLine;
  }

  private static String describe(MarkedYamlEngineException e, Mark problem) {
    StringBuilder message = new StringBuilder();
    if (e.getContext() != null) {
      message.append(e.getContext()).append(": ");
    }
    message.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
    if (message.toString().contains("mapping values are not allowed here")) {
      message.append("; check this line's indentation, or quote a value that contains ': '");
    }
    // The parser notices a problem where it gives up; the construct it was reading may start earlier.
    e.getContextMark()
        .filter(context -> problem != null && context.getLine() != problem.getLine())
        .ifPresent(context -> message.append(" (the construct started at line ").append(context.getLine() + 1)
            .append(", column ").append(context.getColumn() + 1).append(')'));
    return message.toString().replaceAll("\\s+", " ").trim();
  }

  /** Turns composed nodes into the plain tree and fills the position index on the way. */
  private static final class TreeBuilder {
    private final NodePositions positions;
    private final Diagnostics diagnostics;

    TreeBuilder(NodePositions positions, Diagnostics diagnostics) {
      this.positions = positions;
      this.diagnostics = diagnostics;
    }

    Object convert(Node node, String pointer) {
      node.getStartMark().ifPresent(m -> positions.recordValue(pointer, m.getLine() + 1, m.getColumn() + 1,
          node instanceof ScalarNode s ? s.getScalarStyle() : null));
      if (node instanceof org.snakeyaml.engine.v2.nodes.CollectionNode<?> collection
          && collection.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.BLOCK) {
        positions.recordBlockCollection(pointer);
      }
      if (node instanceof MappingNode mapping) {
        return convertMapping(mapping, pointer);
      }
      if (node instanceof SequenceNode sequence) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
          list.add(convert(sequence.getValue().get(i), NodePositions.child(pointer, i)));
        }
        return list;
      }
      return scalar((ScalarNode) node, pointer);
    }

    private Map<String, Object> convertMapping(MappingNode mapping, String pointer) {
      Map<String, Object> map = new LinkedHashMap<>();
      Map<String, Location> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          diagnostics.error("yaml-complex-key", markOf(keyNode, pointer),
              "a key must be a plain name, not a list or a mapping");
          continue;
        }
        String key = keyScalar.getValue();
        String childPointer = NodePositions.child(pointer, key);
        Location keyAt = markOf(keyNode, childPointer);
        Location first = seen.putIfAbsent(key, keyAt);
        if (first != null) {
          diagnostics.error("yaml-duplicate-key", keyAt,
              "key '" + key + "' is already set at line " + first.line() + "; remove one of them");
          continue;
        }
        positions.recordKey(childPointer, keyAt.line(), keyAt.column());
        map.put(key, convert(tuple.getValueNode(), childPointer));
      }
      return map;
    }

    private Location markOf(Node node, String pointer) {
      return node.getStartMark()
          .map(m -> new Location(positions.file(), m.getLine() + 1, m.getColumn() + 1, pointer))
          .orElse(positions.valueAt(pointer));
    }

    private Object scalar(ScalarNode node, String pointer) {
      String value = node.getValue();
      Tag tag = node.getTag();
      if (!node.isPlain() || Tag.STR.equals(tag)) {
        refuseCustomTag(node, pointer);
        return value;
      }
      if (Tag.NULL.equals(tag)) {
        return null;
      }
      if (Tag.BOOL.equals(tag)) {
        return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
      }
      if (Tag.INT.equals(tag)) {
        return parseInteger(value);
      }
      if (Tag.FLOAT.equals(tag)) {
        return parseFloat(value);
      }
      refuseCustomTag(node, pointer);
      return value;
    }

    private void refuseCustomTag(ScalarNode node, String pointer) {
      Tag tag = node.getTag();
      boolean standard = Tag.STR.equals(tag) || Tag.NULL.equals(tag) || Tag.BOOL.equals(tag)
          || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag);
      if (!standard) {
        diagnostics.error("yaml-custom-tag", positions.valueAt(pointer),
            "tag '" + tag.getValue() + "' is not allowed in a map; write the plain value");
      }
    }

    private static Object parseInteger(String value) {
      String v = value.replace("_", "");
      try {
        if (v.startsWith("0x")) {
          return Long.parseLong(v.substring(2), 16);
        }
        if (v.startsWith("0o")) {
          return Long.parseLong(v.substring(2), 8);
        }
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        return value;
      }
    }

    private static Object parseFloat(String value) {
      String v = value.toLowerCase(java.util.Locale.ROOT);
      return switch (v) {
        case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
        case "-.inf" -> Double.NEGATIVE_INFINITY;
        case ".nan" -> Double.NaN;
        default -> {
          try {
            yield Double.parseDouble(v);
          } catch (NumberFormatException e) {
            yield value;
          }
        }
      };
    }
  }
}
