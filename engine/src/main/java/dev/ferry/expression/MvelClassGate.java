package dev.ferry.expression;

import java.util.Set;

/**
 * The class loader MVEL is given, for resolving names and as the parent of the accessor classes its JIT compiler
 * writes. It hands out MVEL's own runtime, Ferry's three runtime classes and a few JDK value types, and refuses every
 * other name, so even a bug in the translator could not make MVEL load, let alone initialise, a class such as
 * {@code java.lang.Runtime}. Refusal is a {@link ClassNotFoundException}, which MVEL reports as a compile error.
 */
final class MvelClassGate extends ClassLoader {

    private static final Set<String> VALUE_TYPES = Set.of(
        "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Long", "java.lang.Integer",
        "java.lang.Number", "java.math.BigDecimal", "java.util.List", "java.util.ArrayList");

    private static final Set<String> FERRY_RUNTIME = Set.of(
        Operators.class.getName(), Functions.class.getName(), Methods.class.getName());

    static final MvelClassGate INSTANCE = new MvelClassGate();

    private MvelClassGate() {
        super(null);
    }

    static boolean admits(String name) {
        return name.startsWith("org.mvel2.") || FERRY_RUNTIME.contains(name) || VALUE_TYPES.contains(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!admits(name)) {
            throw new ClassNotFoundException(name + " is outside Ferry's expression sandbox");
        }
        return Class.forName(name, false, MvelClassGate.class.getClassLoader());
    }
}
