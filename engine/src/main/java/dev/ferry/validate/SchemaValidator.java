package dev.ferry.validate;

import dev.ferry.diagnostic.Suggestions;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.load.LoadedMap;
import dev.ferry.load.NodePositions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Checks a loaded map against the mapping language's JSON Schema (draft-07, the same file editors use)
 * and turns each violation into a diagnostic at the offending node, in words an analyst can act on.
 */
public final class SchemaValidator {

  /** Where the schema sits on the classpath; the engine jar packages {@code dsl-spec/} there. */
  public static final String SCHEMA_RESOURCE = "/dev/ferry/dsl-spec/ferry-map.schema.json";

  private static final Pattern EXTRANEOUS_KEY = Pattern.compile("extraneous key \\[(.*)] is not permitted");
  private static final Pattern REQUIRED_KEY = Pattern.compile("required key \\[(.*)] not found");

  private final Schema schema;

  private SchemaValidator(Schema schema) {
    this.schema = schema;
  }

  /** Where the mapping-test schema sits on the classpath. */
  public static final String TEST_SCHEMA_RESOURCE = "/dev/ferry/dsl-spec/ferry-test.schema.json";

  /** The validator for the mapping language's schema shipped in the engine. */
  public static SchemaValidator shipped() {
    return Holder.MAPS;
  }

  /** The validator for mapping-test files ({@code *.test.yaml}). */
  public static SchemaValidator forTests() {
    return Holder.TESTS;
  }

  /** The mapping schema's text, for its hash in the plan. */
  public static String schemaText() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the engine jar lacks " + name + "; rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final SchemaValidator MAPS = load(SCHEMA_RESOURCE);
    static final SchemaValidator TESTS = load(TEST_SCHEMA_RESOURCE);

    private static SchemaValidator load(String resource) {
      return new SchemaValidator(
          SchemaLoader.builder()
              .draftV7Support()
              // A map is validated offline: no $ref may reach the network.
              .schemaClient(url -> {
                throw new UncheckedIOException(new IOException("Ferry's schemas resolve no remote $ref: " + url));
              })
              .schemaJson(new JSONObject(new JSONTokener(resource(resource))))
              .build()
              .load()
              .build());
    }
  }

  /** Reports every violation of the schema; returns true when there were none. */
  public boolean validate(LoadedMap map, Diagnostics diagnostics) {
    try {
      schema.validate(toJson(map.tree()));
      return true;
    } catch (ValidationException e) {
      List<ValidationException> leaves = new ArrayList<>();
      collectLeaves(e, leaves);
      leaves.forEach(leaf -> report(leaf, map, diagnostics));
      return false;
    }
  }

  private static void collectLeaves(ValidationException e, List<ValidationException> into) {
    if (e.getCausingExceptions().isEmpty()) {
      // An if/then/else reports its failed 'if' beside the branch that failed; only the branch is a problem.
      String at = e.getSchemaLocation();
      if (at == null || !at.endsWith("/if")) {
        into.add(e);
      }
    } else {
      e.getCausingExceptions().forEach(cause -> collectLeaves(cause, into));
    }
  }

  private void report(ValidationException leaf, LoadedMap map, Diagnostics diagnostics) {
    NodePositions positions = map.positions();
    String pointer = toPointer(leaf.getPointerToViolation());
    String value = quote(valueAt(map.tree(), pointer));
    String keyword = leaf.getKeyword() == null ? "" : leaf.getKeyword();
    String where = describe(pointer);
    Schema violated = unwrap(leaf.getViolatedSchema());
    switch (keyword) {
      case "additionalProperties" -> {
        Matcher m = EXTRANEOUS_KEY.matcher(leaf.getErrorMessage());
        String key = m.matches() ? m.group(1) : "?";
        String keyPointer = NodePositions.child(pointer, key);
        Set<String> allowed = violated instanceof ObjectSchema object
            ? new TreeSet<>(object.getPropertySchemas().keySet())
            : Set.of();
        diagnostics.error("schema-unknown-key", positions.keyAt(keyPointer),
            "unknown key '" + key + "' in " + where + Suggestions.didYouMean(key, allowed)
                + (allowed.isEmpty() ? "" : "; allowed keys: " + String.join(", ", allowed)));
      }
      case "required" -> {
        Matcher m = REQUIRED_KEY.matcher(leaf.getErrorMessage());
        String key = m.matches() ? m.group(1) : "?";
        diagnostics.error("schema-missing-key", positions.placeOf(pointer),
            where + " needs '" + key + "'" + hint(violated, key));
      }
      case "type" -> diagnostics.error("schema-wrong-type", at(positions, pointer),
          where + ": " + typeMessage(leaf.getErrorMessage()));
      case "enum" -> diagnostics.error("schema-bad-value", at(positions, pointer),
          where + ": " + value + " is not allowed; use one of: " + enumValues(violated));
      case "const" -> diagnostics.error("schema-bad-value", at(positions, pointer),
          where + ": " + value + " is not allowed; use " + constValue(violated));
      case "pattern" -> diagnostics.error("schema-bad-value", at(positions, pointer),
          where + ": " + value + " is not a valid " + patternNoun(pointer));
      case "minItems" -> diagnostics.error("schema-empty", positions.keyAt(pointer),
          where + " must not be empty");
      case "minLength" -> diagnostics.error("schema-empty", at(positions, pointer),
          where + " must not be blank");
      case "minProperties" -> diagnostics.error("schema-empty", at(positions, pointer),
          where + " must list at least one entry");
      case "uniqueItems" -> diagnostics.error("schema-duplicate-item", at(positions, pointer),
          where + " lists the same item twice");
      default -> diagnostics.error("schema-invalid", at(positions, pointer),
          where + ": " + leaf.getErrorMessage());
    }
  }

  private static Location at(NodePositions positions, String pointer) {
    return positions.placeOf(pointer);
  }

  private static Schema unwrap(Schema schema) {
    Schema s = schema;
    while (s instanceof ReferenceSchema ref && ref.getReferredSchema() != null) {
      s = ref.getReferredSchema();
    }
    return s;
  }

  private static String hint(Schema violated, String key) {
    if (violated instanceof ObjectSchema object) {
      Schema property = object.getPropertySchemas().get(key);
      String description = property == null ? null : unwrapDescription(property);
      if (description != null) {
        String d = stripPeriod(description);
        return " (" + Character.toLowerCase(d.charAt(0)) + d.substring(1) + ")";
      }
    }
    return "";
  }

  private static String unwrapDescription(Schema schema) {
    if (schema.getDescription() != null) {
      return schema.getDescription();
    }
    Schema inner = unwrap(schema);
    return inner.getDescription();
  }

  private static String stripPeriod(String text) {
    String t = text.trim();
    int firstStop = t.indexOf(". ");
    if (firstStop > 0) {
      t = t.substring(0, firstStop);
    }
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String typeMessage(String everitMessage) {
    // everit says "expected type: String, found: JSONArray"; say it in YAML's words.
    Matcher m = Pattern.compile("expected type: (.*), found: (.*)").matcher(everitMessage);
    if (!m.matches()) {
      return everitMessage;
    }
    return "expected " + yamlWords(m.group(1)) + ", found " + yamlWords(m.group(2));
  }

  private static String yamlWords(String everitTypes) {
    List<String> words = new ArrayList<>();
    for (String type : everitTypes.replace("[", "").replace("]", "").split(",\\s*|\\s+or\\s+")) {
      words.add(switch (type.trim()) {
        case "String" -> "text";
        case "JSONObject", "object" -> "a mapping (key: value)";
        case "JSONArray", "array" -> "a list";
        case "Integer", "Long", "BigInteger", "integer" -> "a whole number";
        case "Number", "Double", "BigDecimal", "Float", "number" -> "a number";
        case "Boolean", "boolean" -> "true or false";
        case "Null", "null" -> "nothing (null)";
        case "string" -> "text";
        default -> type.trim();
      });
    }
    return String.join(" or ", words.stream().distinct().toList());
  }

  /** The value the analyst wrote at {@code pointer}, to quote it back in the message. */
  private static Object valueAt(Object tree, String pointer) {
    Object node = tree;
    if (pointer.isEmpty()) {
      return node;
    }
    for (String raw : pointer.substring(1).split("/")) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (node instanceof Map<?, ?> map) {
        node = map.get(token);
      } else if (node instanceof List<?> list && token.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(token);
        node = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  private static String quote(Object value) {
    if (value instanceof String s) {
      return "'" + s + "'";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return String.valueOf(value);
  }

  private static String enumValues(Schema schema) {
    if (schema instanceof EnumSchema e) {
      // everit keeps enum values in a set; sort them so messages are stable.
      return String.join(", ", new TreeSet<>(e.getPossibleValues().stream().map(String::valueOf).toList()));
    }
    return "a listed value";
  }

  private static String constValue(Schema schema) {
    return schema instanceof ConstSchema c ? String.valueOf(c.getPermittedValue()) : "the documented value";
  }

  private static String patternNoun(String pointer) {
    String field = lastToken(pointer);
    String parent = lastToken(NodePositions.parent(pointer));
    boolean timestampField = field.equals("to") && (parent.equals("created") || parent.equals("updated"));
    boolean customFieldName = field.equals("name") && pointer.startsWith("/target/custom_fields");
    if (field.equals("slot")) {
      return "slot (data1 to data20)";
    }
    if (field.equals("fallback")) {
      return "email address";
    }
    if (timestampField || customFieldName) {
      return "custom field name (Freshsales custom fields start with cf_, then lowercase letters, digits or _)";
    }
    if (field.equals("to")) {
      return "field name (lowercase letters, digits and _, parts joined by .)";
    }
    return "name (lowercase letters, digits and _, starting with a letter)";
  }


  /** Describes a pointer in the analyst's terms: "objects[1].fields[3]" reads better than "/objects/1/fields/3". */
  static String describe(String pointer) {
    if (pointer.isEmpty()) {
      return "the map";
    }
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/")) {
      String t = token.replace("~1", "/").replace("~0", "~");
      if (t.chars().allMatch(Character::isDigit)) {
        out.append('[').append(t).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(t);
      }
    }
    return out.toString();
  }

  private static String lastToken(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String toPointer(String everitPointer) {
    if (everitPointer == null || everitPointer.equals("#")) {
      return "";
    }
    return everitPointer.startsWith("#") ? everitPointer.substring(1) : everitPointer;
  }

  private static Object toJson(Object node) {
    if (node instanceof Map<?, ?> map) {
      JSONObject object = new JSONObject();
      map.forEach((k, v) -> object.put(String.valueOf(k), toJson(v)));
      return object;
    }
    if (node instanceof List<?> list) {
      JSONArray array = new JSONArray();
      list.forEach(v -> array.put(toJson(v)));
      return array;
    }
    return node == null ? JSONObject.NULL : node;
  }
}
