package dev.ferry.compile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ferry.coerce.Coerced;
import dev.ferry.coerce.Coercer;
import dev.ferry.coerce.ValueType;
import dev.ferry.diagnostic.Diagnostics;
import dev.ferry.diagnostic.Location;
import dev.ferry.expression.CompiledExpression;
import dev.ferry.expression.ExpressionCompiler;
import dev.ferry.expression.ExpressionException;
import dev.ferry.expression.ExpressionProblem;
import dev.ferry.load.LoadedMap;
import dev.ferry.mapping.ExpressionText;
import dev.ferry.mapping.FieldSource;
import dev.ferry.mapping.FieldSpec;
import dev.ferry.mapping.MappingSpec;
import dev.ferry.mapping.ObjectSpec;
import dev.ferry.mapping.ObjectSpec.TimestampSpec;
import dev.ferry.mapping.SourceColumns;
import dev.ferry.plan.ExecutionPlan;
import dev.ferry.plan.FieldStep;
import dev.ferry.plan.ObjectPlan;
import dev.ferry.plan.ObjectPlan.RoutePlan;
import dev.ferry.plan.ObjectPlan.RulePlan;
import dev.ferry.plan.PlanHash;
import dev.ferry.plan.SourcePlan;
import dev.ferry.plan.ValueShape;
import dev.ferry.plan.ValueSource;
import dev.ferry.validate.SchemaValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a validated map into an {@link ExecutionPlan}. Expressions go through the sandbox's checker
 * again before MVEL compiles them (a plan may be built from a map nobody validated first), defaults are
 * coerced to their field's type once, and objects are put in dependency order.
 */
public final class MapCompiler {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final ExpressionCompiler expressions;

  /** @param clock what {@code today()} reads in expressions; fix it per run so reruns compute the same. */
  public MapCompiler(Clock clock) {
    this.expressions = new ExpressionCompiler(clock);
  }

  public ExecutionPlan compile(LoadedMap loaded, MappingSpec map) throws CompileException {
    Diagnostics diagnostics = new Diagnostics();
    ZoneId zone = ZoneId.of(map.source().timezone());
    Coercer coercer = new Coercer(zone, map.source().dateOrder());
    Optional<List<ObjectSpec>> order = ObjectOrder.sort(map.objects());
    if (order.isEmpty()) {
      diagnostics.error("object-cycle", map.location(), "objects look each other up in a cycle; run `ferry validate` for where");
      throw new CompileException(diagnostics.sorted());
    }
    List<ObjectPlan> objects = new ArrayList<>();
    for (ObjectSpec object : order.get()) {
      objects.add(compileObject(map, object, coercer, diagnostics));
    }
    if (diagnostics.hasErrors()) {
      throw new CompileException(diagnostics.sorted());
    }
    Path mapFolder = loaded.path().toAbsolutePath().getParent();
    SourcePlan source = new SourcePlan(
        map.source().system(),
        mapFolder.resolve(map.source().export()).normalize(),
        zone,
        map.source().dateOrder(),
        map.source().headerAliases());
    return new ExecutionPlan(
        map.name() == null ? baseName(loaded.path()) : map.name(),
        map.description(),
        PlanHash.of(canonical(loaded.tree()), SchemaValidator.schemaText()),
        source,
        map.target().system(),
        map.target().leads(),
        map.target().customFields(),
        map.owners(),
        map.tags(),
        objects,
        map.references());
  }

  private ObjectPlan compileObject(MappingSpec map, ObjectSpec object, Coercer coercer, Diagnostics diagnostics) {
    Map<String, ValueType> columns = SourceColumns.of(map, object);
    Set<String> variables = columns.keySet();
    List<RoutePlan> routes = new ArrayList<>();
    if (object.to() != null) {
      routes.add(new RoutePlan(object.to(), null, object.location()));
    }
    for (ObjectSpec.RouteSpec route : object.routes()) {
      CompiledExpression when = route.when() == null ? null : expression(route.when(), variables, diagnostics);
      routes.add(new RoutePlan(route.to(), when, route.location()));
    }
    List<RulePlan> rules = new ArrayList<>();
    for (ObjectSpec.RuleSpec rule : object.rules()) {
      rules.add(new RulePlan(rule.name(), expression(rule.expect(), variables, diagnostics), rule.message(),
          rule.location()));
    }
    List<FieldStep> fields = new ArrayList<>();
    for (FieldSpec field : object.fields()) {
      fields.add(compileField(field, columns, variables, coercer, diagnostics));
    }
    TimestampSpec created = object.timestamps().created();
    TimestampSpec updated = object.timestamps().updated();
    if (created != null) {
      fields.add(timestampField(created, "original create time"));
    }
    if (updated != null) {
      fields.add(timestampField(updated, "original update time"));
    }
    Map<String, ValueType> expressionTypes = new LinkedHashMap<>(columns);
    return new ObjectPlan(
        object.id(),
        object.description(),
        object.from(),
        object.key(),
        object.identifyBy(),
        routes,
        rules,
        object.unique().stream().map(ObjectSpec.UniqueKey::columns).toList(),
        expressionTypes,
        fields,
        updated == null ? null : updated.from(),
        ObjectOrder.dependencies(object),
        object.location());
  }

  private static FieldStep timestampField(TimestampSpec timestamp, String role) {
    return new FieldStep(timestamp.to(), new ValueSource.Column(timestamp.from()),
        ValueShape.plain(ValueType.DATETIME), Set.of(), role, timestamp.location());
  }

  private FieldStep compileField(FieldSpec field, Map<String, ValueType> columns, Set<String> variables,
      Coercer coercer, Diagnostics diagnostics) {
    FieldSource source = field.source();
    ValueSource compiled = compileSource(field, source, variables, diagnostics);
    ValueType type = SourceColumns.typeOf(field, columns);
    Map<String, Object> values = new LinkedHashMap<>();
    field.values().forEach((from, to) -> values.put(ValueShape.mapKey(from), to));
    Object defaultValue = typedDefault(field, type, coercer, diagnostics);
    ValueShape shape = new ValueShape(type, field.separator(), values, field.unmapped(), defaultValue, field.required());
    return new FieldStep(field.to(), compiled, shape, Set.copyOf(field.forRoutes()), "", field.location());
  }

  private ValueSource compileSource(FieldSpec field, FieldSource source, Set<String> variables,
      Diagnostics diagnostics) {
    if (source instanceof FieldSource.Column c) {
      return new ValueSource.Column(c.column());
    }
    if (source instanceof FieldSource.Constant c) {
      return new ValueSource.Constant(c.value());
    }
    if (source instanceof FieldSource.Concat c) {
      return new ValueSource.Concat(c.columns(), field.separator() == null ? " " : field.separator());
    }
    if (source instanceof FieldSource.Expression e) {
      return new ValueSource.Expression(expression(e.expression(), variables, diagnostics));
    }
    if (source instanceof FieldSource.Lookup l) {
      return new ValueSource.Lookup(l.object(), l.column(),
          l.as() == FieldSource.Lookup.LinkShape.PRIMARY_LINK,
          l.missing() == FieldSource.Lookup.MissingPolicy.REJECT);
    }
    return new ValueSource.Owner(((FieldSource.Owner) source).column());
  }

  /**
   * The default as the destination will get it. Beside a value map the default is a destination value
   * (like the map's values) and is kept as written; otherwise it is read as the field's type now, so a
   * default that cannot be one fails here, not on the millionth record.
   */
  private static Object typedDefault(FieldSpec field, ValueType type, Coercer coercer, Diagnostics diagnostics) {
    Object written = field.defaultValue();
    if (written == null || !field.values().isEmpty()) {
      return written;
    }
    String separator = field.separator() == null ? Coercer.DEFAULT_LIST_SEPARATOR : field.separator();
    Coerced coerced = coercer.coerce(String.valueOf(written), type, separator);
    if (coerced instanceof Coerced.Value value) {
      return value.value();
    }
    String why = coerced instanceof Coerced.Invalid invalid ? invalid.message() : "it is blank";
    diagnostics.error("field-default-invalid", field.location(),
        "the default of field '" + field.to() + "' cannot be a " + type.name().toLowerCase(java.util.Locale.ROOT)
            + ": " + why);
    return null;
  }

  private CompiledExpression expression(ExpressionText text, Set<String> variables, Diagnostics diagnostics) {
    try {
      return expressions.compile(text.source(), variables);
    } catch (ExpressionException e) {
      for (ExpressionProblem problem : e.problems()) {
        Location at = text.at(problem.offset());
        diagnostics.error(problem.code(), at, problem.message());
      }
      return null;
    }
  }

  private static String canonical(Object tree) {
    try {
      return CANONICAL.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a loaded map is plain maps, lists and scalars", e);
    }
  }

  private static String baseName(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
