package dev.ferry.expression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvel2.integration.VariableResolver;
import org.mvel2.integration.VariableResolverFactory;

/**
 * MVEL's view of one record: only the columns the expression was checked against (as {@code _v0}, {@code _v1}, ...)
 * and {@code _today}. Anything else MVEL asks for, and any attempt to create or assign a variable, fails. This is
 * the second line of defence; the first is that the generated MVEL names nothing else.
 */
final class RecordVariables implements VariableResolverFactory {

    private static final long serialVersionUID = 1L;

    private final transient List<String> columns;
    private final transient Map<String, ?> record;
    private final transient Clock clock;

    RecordVariables(List<String> columns, Map<String, ?> record, Clock clock) {
        this.columns = columns;
        this.record = record;
        this.clock = clock;
    }

    @Override
    public VariableResolver getVariableResolver(String name) {
        if (name.equals(MvelTranslator.TODAY)) {
            return new Resolved(name, LocalDate.now(clock));
        }
        int slot = slot(name);
        if (slot < 0) {
            throw new IllegalStateException("the expression asked for an undeclared variable " + name);
        }
        return new Resolved(name, Values.normalize(record.get(columns.get(slot))));
    }

    @Override
    public boolean isResolveable(String name) {
        return name.equals(MvelTranslator.TODAY) || slot(name) >= 0;
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
        known.add(MvelTranslator.TODAY);
        return known;
    }

    private int slot(String name) {
        if (!name.startsWith(MvelTranslator.VARIABLE_PREFIX)) {
            return -1;
        }
        try {
            int slot = Integer.parseInt(name.substring(MvelTranslator.VARIABLE_PREFIX.length()));
            return slot >= 0 && slot < columns.size() ? slot : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
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
