package dev.ferry.expression;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvel2.integration.VariableResolver;
import org.mvel2.integration.VariableResolverFactory;

/**
 * MVEL's view of one record: only the columns the expression was checked against (as {@code _v0}, {@code _v1}, ...),
 * its decimal constants ({@code _c0}, ...) and {@code _today}. Anything else MVEL asks for, and any attempt to create or assign a variable, fails. This is
 * the second line of defence; the first is that the generated MVEL names nothing else.
 */
final class RecordVariables implements VariableResolverFactory {

  private static final long serialVersionUID = 1L;

  private final transient List<String> columns;
  private final transient List<BigDecimal> constants;
  private final transient Map<String, ?> record;
  private final transient Clock clock;

  RecordVariables(List<String> columns, List<BigDecimal> constants, Map<String, ?> record, Clock clock) {
    this.columns = columns;
    this.constants = constants;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public VariableResolver getVariableResolver(String name) {
    if (name.equals(MvelTranslator.TODAY)) {
      return new Resolved(name, LocalDate.now(clock));
    }
    int slot = index(name, MvelTranslator.VARIABLE_PREFIX, columns.size());
    if (slot >= 0) {
      return new Resolved(name, Values.normalize(record.get(columns.get(slot))));
    }
    int constant = index(name, MvelTranslator.CONSTANT_PREFIX, constants.size());
    if (constant >= 0) {
      return new Resolved(name, constants.get(constant));
    }
    throw new IllegalStateException("the expression asked for an undeclared variable " + name);
  }

  @Override
  public boolean isResolveable(String name) {
    return name.equals(MvelTranslator.TODAY)
      || index(name, MvelTranslator.VARIABLE_PREFIX, columns.size()) >= 0
      || index(name, MvelTranslator.CONSTANT_PREFIX, constants.size()) >= 0;
  }

  @Override
  public boolean isTarget(String name) {
    return isResolveable(name);
  }

  @Override
  public Set<String> getKnownVariables() {
    Set<String> known = new HashSet<>();
    for (int slot = 0; slot < columns.size(); slot++) {
      known.add(MvelTranslator.VARIABLE_PREFIX + slot);
    }
    for (int constant = 0; constant < constants.size(); constant++) {
      known.add(MvelTranslator.CONSTANT_PREFIX + constant);
    }
    known.add(MvelTranslator.TODAY);
    return known;
  }

  /** N for a name PREFIX + N with N below {@code count}, else -1. */
  private static int index(String name, String prefix, int count) {
    if (!name.startsWith(prefix) || name.length() == prefix.length() || name.length() > prefix.length() + 6) {
      return -1;
    }
    int n = 0;
    for (int i = prefix.length(); i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n < count ? n : -1;
  }

  @Override
  public VariableResolver createVariable(String name, Object value) {
    throw refuse(name);
  }

  @Override
  public VariableResolver createIndexedVariable(int index, String name, Object value) {
    throw refuse(name);
  }

  @Override
  public VariableResolver createVariable(String name, Object value, Class<?> type) {
    throw refuse(name);
  }

  @Override
  public VariableResolver createIndexedVariable(int index, String name, Object value, Class<?> type) {
    throw refuse(name);
  }

  @Override
  public VariableResolver setIndexedVariableResolver(int index, VariableResolver resolver) {
    throw refuse("#" + index);
  }

  @Override
  public VariableResolver getIndexedVariableResolver(int index) {
    throw new IllegalStateException("expressions have no indexed variables");
  }

  @Override
  public VariableResolverFactory getNextFactory() {
    return null;
  }

  @Override
  public VariableResolverFactory setNextFactory(VariableResolverFactory next) {
    throw new IllegalStateException("expressions cannot chain variable scopes");
  }

  @Override
  public int variableIndexOf(String name) {
    return -1;
  }

  @Override
  public boolean isIndexedFactory() {
    return false;
  }

  @Override
  public boolean tiltFlag() {
    return false;
  }

  @Override
  public void setTiltFlag(boolean tilt) {
    // Only MVEL's statements (return, loops) tilt; expressions have none.
  }

  private static IllegalStateException refuse(String name) {
    return new IllegalStateException("expressions cannot create or assign variables (" + name + ")");
  }

  /** A value read once per lookup; MVEL asks again on every evaluation, so nothing stale is kept. */
  private record Resolved(String name, Object value) implements VariableResolver {

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Class<?> getType() {
      return Object.class;
    }

    @Override
    @SuppressWarnings("rawtypes") // MVEL's interface declares the raw type
    public void setStaticType(Class type) {
      // Types are Ferry's business, not MVEL's.
    }

    @Override
    public int getFlags() {
      return 0;
    }

    @Override
    public Object getValue() {
      return value;
    }

    @Override
    public void setValue(Object value) {
      throw refuse(name);
    }
  }
}
