package dev.ferry.expression;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes MVEL source for a checked tree. MVEL never sees the analyst's text, so no difference between Ferry's
 * tokenizer and MVEL's (escapes, comments, keywords) can smuggle anything through: the output holds only literals,
 * {@code _vN} variables, calls of imported Ferry methods, parentheses, {@code !}, {@code &&}, {@code ||},
 * {@code ? :} and the inline lists {@code [...]} that carry the arguments of functions taking any number of them.
 * Every operand is a call, so MVEL's own operator semantics are never used.
 */
final class MvelTranslator {

  /** The variable {@code today()} reads; see {@link RecordVariables}. */
  static final String TODAY = "_today";
  static final String VARIABLE_PREFIX = "_v";
  /** Decimal literals, read as variables {@code _c0}, {@code _c1}, ...; see {@link #literal}. */
  static final String CONSTANT_PREFIX = "_c";

  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

  /** MVEL source, the Ferry methods it calls keyed by the name the source uses, and its decimal constants. */
  record Translation(String mvel, Map<String, Method> imports, List<BigDecimal> constants) {}

  private final StringBuilder out = new StringBuilder();
  private final Map<String, Method> imports = new LinkedHashMap<>();
  private final List<BigDecimal> constants = new ArrayList<>();

  private MvelTranslator() {}

  static Translation translate(Expr root) {
    MvelTranslator translator = new MvelTranslator();
    translator.write(root);
    return new Translation(translator.out.toString(), Map.copyOf(translator.imports), List.copyOf(translator.constants));
  }

  private void write(Expr node) {
    if (node instanceof Expr.Literal literal) {
      literal(literal.value());
    } else if (node instanceof Expr.Variable variable) {
      out.append(VARIABLE_PREFIX).append(variable.slot());
    } else if (node instanceof Expr.Unary unary) {
      unary(unary);
    } else if (node instanceof Expr.Binary binary) {
      binary(binary);
    } else if (node instanceof Expr.EmptyTest test) {
      out.append(test.negated() ? "!" : "");
      call(Operators.class, "o_", "isEmpty", -1, List.of(test.operand()), null, false);
    } else if (node instanceof Expr.Conditional conditional) {
      condition(conditional.offset(), "?", conditional.condition());
      out.append(" ? ");
      branch(conditional.offset(), conditional.whenTrue());
      out.append(" : ");
      branch(conditional.offset(), conditional.whenFalse());
    } else if (node instanceof Expr.Index index) {
      call(Operators.class, "o_", "index", index.offset(), List.of(index.target(), index.index()), null, false);
    } else if (node instanceof Expr.ListLiteral list) {
      call(Operators.class, "o_", "list", list.offset(), list.items(), null, true);
    } else if (node instanceof Expr.Call call) {
      if (call.function().equals("today")) {
        out.append(TODAY);
      } else {
        boolean varargs = AllowList.function(call.function()).orElseThrow().maxArgs() == AllowList.VARARGS;
        call(Functions.class, "f_", call.function(), call.offset(), call.arguments(), null, varargs);
      }
    } else if (node instanceof Expr.MethodCall method) {
      call(Methods.class, "m_", method.method(), method.offset(), method.arguments(), method.target(), false);
    } else {
      // Expr.Empty never gets here: the parser folds it into EmptyTest or rejects it.
      throw new IllegalStateException("cannot translate " + node);
    }
  }

  private void unary(Expr.Unary unary) {
    if (unary.operator().equals("!")) {
      out.append('!');
      condition(unary.offset(), "!", unary.operand());
    } else {
      call(Operators.class, "o_", "negate", unary.offset(), List.of(unary.operand()), null, false);
    }
  }

  private void binary(Expr.Binary binary) {
    String logical = binary.operator();
    if (logical.equals("&&") || logical.equals("||")) {
      // MVEL's own && and || short-circuit, which a call cannot. A chain of one operator is written flat, as it
      // is associative; any other operand goes through condition(), which makes it a single call.
      for (Expr operand : List.of(binary.left(), binary.right())) {
        if (operand != binary.left()) {
          out.append(' ').append(logical).append(' ');
        }
        if (operand instanceof Expr.Binary inner && inner.operator().equals(logical)) {
          write(inner);
        } else {
          condition(binary.offset(), logical, operand);
        }
      }
      return;
    }
    String method = switch (binary.operator()) {
      case "+" -> "add";
      case "-" -> "subtract";
      case "*" -> "multiply";
      case "/" -> "divide";
      case "%" -> "remainder";
      case "==" -> "eq";
      case "!=" -> "ne";
      case "<" -> "lt";
      case "<=" -> "le";
      case ">" -> "gt";
      case ">=" -> "ge";
      default -> throw new IllegalStateException("no operator " + binary.operator());
    };
    call(Operators.class, "o_", method, binary.offset(), List.of(binary.left(), binary.right()), null, false);
  }

  /**
   * Writes an operand of {@code !}, {@code &&}, {@code ||} or {@code ? :} as one call returning a boolean: comparisons
   * and emptiness tests already are one; anything else goes through {@code Operators.truth}, which checks the value
   * and also stands in for parentheses, since MVEL evaluates a parenthesised group about three times slower.
   */
  private void condition(int offset, String operator, Expr operand) {
    boolean booleanCall = operand instanceof Expr.Binary b && COMPARISONS.contains(b.operator())
      || operand instanceof Expr.EmptyTest t && !t.negated()
      || operand instanceof Expr.Literal l && l.value() instanceof Boolean;
    if (booleanCall) {
      write(operand);
    } else {
      truth(offset, operator, operand);
    }
  }

  /** A branch of {@code ? :}: a single call or atom as it is, a boolean compound as one call, a nested choice in parentheses. */
  private void branch(int offset, Expr operand) {
    if (operand instanceof Expr.Conditional) {
      out.append('(');
      write(operand);
      out.append(')');
    } else if (isCompound(operand)) {
      truth(offset, "?", operand);
    } else {
      write(operand);
    }
  }

  /** Whether MVEL would see more than one call or atom: {@code ? :}, {@code &&}, {@code ||} or a leading {@code !}. */
  private static boolean isCompound(Expr node) {
    return node instanceof Expr.Conditional
      || node instanceof Expr.Binary b && (b.operator().equals("&&") || b.operator().equals("||"))
      || node instanceof Expr.Unary u && u.operator().equals("!")
      || node instanceof Expr.EmptyTest t && t.negated();
  }

  private void truth(int offset, String operator, Expr operand) {
    Method method = method(Operators.class, "truth", 3);
    imports.put("o_truth_3", method);
    out.append("o_truth_3(").append(offset).append(", ");
    literal(operator);
    out.append(", ");
    write(operand);
    out.append(')');
  }

  /**
   * {@code offset} -1 means the Ferry method takes no offset (it cannot fail); {@code packed} passes the arguments
   * as one MVEL inline list, for functions that take any number of them.
   */
  private void call(Class<?> owner, String prefix, String name, int offset, List<Expr> arguments, Expr target,
            boolean packed) {
    int javaArity = (packed ? 1 : arguments.size()) + (target == null ? 0 : 1) + (offset < 0 ? 0 : 1);
    Method method = method(owner, name, javaArity);
    String imported = prefix + name + "_" + javaArity;
    imports.put(imported, method);
    out.append(imported).append('(');
    String separator = "";
    if (offset >= 0) {
      out.append(offset);
      separator = ", ";
    }
    if (target != null) {
      out.append(separator);
      write(target);
      separator = ", ";
    }
    if (packed) {
      out.append(separator).append('[');
      separator = "";
    }
    for (Expr argument : arguments) {
      out.append(separator);
      // Inside MVEL's [...] a ':' would start a map entry, so a choice (and, to be safe, any compound) is grouped.
      boolean group = packed && isCompound(argument);
      out.append(group ? "(" : "");
      write(argument);
      out.append(group ? ")" : "");
      separator = ", ";
    }
    out.append(packed ? "])" : ")");
  }

  private void literal(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Long l) {
      out.append(l).append('L');
    } else if (value instanceof BigDecimal d) {
      // Not MVEL's 7.5B: once MVEL's JIT compiles a call with a BigDecimal literal argument, the JVM rejects the
      // class it wrote (VerifyError). A variable holding the constant has no such problem, and is not re-parsed.
      out.append(CONSTANT_PREFIX).append(constants.size());
      constants.add(d);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else {
      string((String) value);
    }
  }

  /** Printable ASCII only; everything else as a \\uXXXX escape (upper-case hex: MVEL rejects \\u00e9 but reads \\u00E9). */
  private void string(String value) {
    out.append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    out.append('\'');
  }

  /** The one public static method of that name taking {@code arity} parameters. */
  static Method method(Class<?> owner, String name, int arity) {
    return Arrays.stream(owner.getMethods())
      .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers()))
      .filter(m -> m.getParameterCount() == arity)
      .findFirst()
      .orElseThrow(() -> new IllegalStateException(owner.getSimpleName() + " has no " + name + "/" + arity));
  }
}
