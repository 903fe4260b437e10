package dev.ferry.expression;

import dev.ferry.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recursive descent over the grammar in {@code dsl-spec/expressions.md}, resolving names as it goes. A construct
 * outside the grammar stops the parse ({@link ParseFailure}); an unknown name or a wrong argument count is recorded
 * and parsing goes on, so one run reports every misspelt column.
 */
final class Parser {

  static final int MAX_LENGTH = 10_000;
  static final int MAX_DEPTH = 100;

  /** {@code root} is null when parsing stopped; {@code columns} are the record's columns in slot order. */
  record Result(Expr root, List<String> columns, List<ExpressionProblem> problems) {}

  /** MVEL keywords: never a column, each refused with its reason. */
  private static final Map<String, String> KEYWORDS = Map.ofEntries(
    Map.entry("new", "'new' creates Java objects; it reaches outside the sandbox"),
    Map.entry("this", "'this' reaches outside the sandbox"),
    Map.entry("super", "'super' reaches outside the sandbox"),
    Map.entry("class", "'class' reaches outside the sandbox"),
    Map.entry("import", "'import' loads Java classes; it reaches outside the sandbox"),
    Map.entry("import_static", "'import_static' loads Java classes; it reaches outside the sandbox"),
    Map.entry("def", "function definitions are not allowed"),
    Map.entry("function", "function definitions are not allowed"),
    Map.entry("if", "'if' statements are not allowed; use condition ? a : b"),
    Map.entry("else", "'else' is not allowed; use condition ? a : b"),
    Map.entry("while", "loops are not allowed"),
    Map.entry("until", "loops are not allowed"),
    Map.entry("for", "loops are not allowed"),
    Map.entry("foreach", "loops are not allowed"),
    Map.entry("do", "loops are not allowed"),
    Map.entry("switch", "'switch' is not allowed; use condition ? a : b"),
    Map.entry("with", "'with' blocks are not allowed"),
    Map.entry("assert", "statements are not allowed; an expression computes one value"),
    Map.entry("return", "statements are not allowed; an expression computes one value"),
    Map.entry("var", "variable declarations are not allowed"),
    Map.entry("throw", "statements are not allowed; an expression computes one value"),
    Map.entry("nil", "'nil' is not allowed; write null"),
    Map.entry("isdef", "'isdef' is not allowed; columns are always defined, test with blank(x)"),
    Map.entry("proto", "prototypes are not allowed"));

  /** MVEL's word operators, refused where an operator is expected. */
  private static final Map<String, String> OPERATOR_WORDS = Map.ofEntries(
    Map.entry("in", "'in' (MVEL projection) is not allowed"),
    Map.entry("instanceof", "'instanceof' inspects Java types; it reaches outside the sandbox"),
    Map.entry("is", "'is' inspects Java types; it reaches outside the sandbox"),
    Map.entry("contains", "the 'contains' operator is not allowed; call contains(list, value)"),
    Map.entry("soundslike", "'soundslike' is not allowed"),
    Map.entry("strsim", "'strsim' is not allowed"),
    Map.entry("convertable_to", "'convertable_to' inspects Java types; it reaches outside the sandbox"),
    Map.entry("and", "'and' is not an operator here; write &&"),
    Map.entry("or", "'or' is not an operator here; write ||"));

  /**
   * Names of Java things, only so the rejection can say what happened. The boundary is the grammar and the allow-list:
   * any name that is not a declared column or an allow-listed function is rejected whether or not it is here.
   */
  private static final Set<String> JAVA_NAMES = Set.of(
    "java", "javax", "jdk", "sun", "com", "org", "net", "System", "Runtime", "Class", "ClassLoader", "Thread",
    "Process", "ProcessBuilder", "Object", "String", "StringBuilder", "Math", "Integer", "Long", "Double", "Boolean",
    "Character", "Byte", "Short", "Float", "BigDecimal", "BigInteger", "File", "Files", "Path", "Paths", "URL",
    "Array", "Arrays", "Collections", "List", "Map", "Set", "Optional", "MVEL", "Unsafe", "Method", "Field",
    "Constructor", "Executors", "ScriptEngineManager", "ObjectInputStream", "InetAddress", "Socket");

  /** Methods that inspect or leave the JVM's object model; refused with that reason instead of "not allowed". */
  private static final Set<String> REFLECTIVE = Set.of(
    "getClass", "forName", "getClassLoader", "loadClass", "newInstance", "invoke", "getMethod", "getMethods",
    "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField", "getConstructor",
    "getDeclaredConstructor", "setAccessible", "getRuntime", "exec", "exit", "halt", "start", "getenv",
    "getProperty", "setProperty", "getProperties", "load", "loadLibrary", "wait", "notify", "notifyAll",
    "getResource", "getResourceAsStream", "getProtectionDomain", "sleep", "eval", "compileExpression",
    "executeExpression", "createNewFile", "delete");

  private final Tokenizer tokenizer;
  private final Set<String> variables;
  private final List<ExpressionProblem> problems = new ArrayList<>();
  private final Map<String, Integer> slots = new LinkedHashMap<>();
  private final String source;
  private Token current;
  private int depth;

  private Parser(String source, Set<String> variables) {
    this.source = source;
    this.variables = variables;
    this.tokenizer = new Tokenizer(source);
  }

  static Result parse(String source, Set<String> variables) {
    Parser parser = new Parser(source, Set.copyOf(variables));
    Expr root = parser.parseWhole();
    List<ExpressionProblem> problems = parser.problems.stream()
      .sorted(Comparator.comparingInt(ExpressionProblem::offset))
      .collect(Collectors.toUnmodifiableList());
    return new Result(root, List.copyOf(parser.slots.keySet()), problems);
  }

  private Expr parseWhole() {
    try {
      if (source.length() > MAX_LENGTH) {
        throw ParseFailure.syntax(MAX_LENGTH, "expression is longer than " + MAX_LENGTH + " characters");
      }
      current = tokenizer.next();
      if (current.kind() == Token.Kind.END) {
        throw ParseFailure.syntax(0, "expression is empty");
      }
      Expr root = expression();
      if (current.kind() != Token.Kind.END) {
        throw unexpected(current, "an operator or the end of the expression");
      }
      rejectStrayEmpty(root);
      if (height(root) > MAX_DEPTH) {
        throw ParseFailure.syntax(0, "expression nests more than " + MAX_DEPTH + " levels deep; split it up");
      }
      return root;
    } catch (ParseFailure failure) {
      problems.add(ExpressionProblem.at(source, failure.offset, failure.code, failure.getMessage()));
      return null;
    }
  }

  private Expr expression() {
    enter();
    Expr condition = or();
    if (current.is("?")) {
      Token question = advance();
      Expr whenTrue = expression();
      expect(":", "':' of condition ? a : b");
      Expr whenFalse = expression();
      condition = new Expr.Conditional(question.offset(), condition, whenTrue, whenFalse);
    }
    depth--;
    return condition;
  }

  private Expr or() {
    Expr left = and();
    while (current.is("||")) {
      Token operator = advance();
      left = new Expr.Binary(operator.offset(), "||", left, and());
    }
    return left;
  }

  private Expr and() {
    Expr left = equality();
    while (current.is("&&")) {
      Token operator = advance();
      left = new Expr.Binary(operator.offset(), "&&", left, equality());
    }
    return left;
  }

  private Expr equality() {
    Expr left = comparison();
    if (!current.is("==") && !current.is("!=")) {
      return left;
    }
    Token operator = advance();
    Expr right = comparison();
    rejectChained("==", "!=");
    boolean negated = operator.is("!=");
    if (left instanceof Expr.Empty && right instanceof Expr.Empty) {
      return new Expr.Literal(operator.offset(), !negated);
    }
    if (left instanceof Expr.Empty || right instanceof Expr.Empty) {
      Expr other = left instanceof Expr.Empty ? right : left;
      return new Expr.EmptyTest(operator.offset(), other, negated);
    }
    return new Expr.Binary(operator.offset(), operator.text(), left, right);
  }

  private Expr comparison() {
    Expr left = additive();
    if (!isComparison(current)) {
      return left;
    }
    Token operator = advance();
    Expr right = additive();
    if (isComparison(current)) {
      throw ParseFailure.syntax(current.offset(), "comparisons cannot be chained; combine them with && or ||");
    }
    return new Expr.Binary(operator.offset(), operator.text(), left, right);
  }

  private Expr additive() {
    Expr left = multiplicative();
    while (current.is("+") || current.is("-")) {
      Token operator = advance();
      left = new Expr.Binary(operator.offset(), operator.text(), left, multiplicative());
    }
    return left;
  }

  private Expr multiplicative() {
    Expr left = unary();
    while (current.is("*") || current.is("/") || current.is("%")) {
      Token operator = advance();
      left = new Expr.Binary(operator.offset(), operator.text(), left, unary());
    }
    return left;
  }

  private Expr unary() {
    if (!current.is("!") && !current.is("-")) {
      return postfix();
    }
    Token operator = advance();
    enter();
    Expr operand = unary();
    depth--;
    return new Expr.Unary(operator.offset(), operator.text(), operand);
  }

  private Expr postfix() {
    Expr value = primary();
    while (true) {
      if (current.is("[")) {
        Token open = advance();
        Expr index = expression();
        expect("]", "']'");
        value = new Expr.Index(open.offset(), value, index);
      } else if (current.is(".")) {
        value = member(value);
      } else {
        return value;
      }
    }
  }

  private Expr member(Expr target) {
    advance();
    if (current.is("?")) {
      throw ParseFailure.sandbox(current.offset(), "null-safe navigation '.?' is not allowed; use coalesce(...)");
    }
    if (current.kind() != Token.Kind.IDENTIFIER) {
      throw unexpected(current, "a method name after '.'");
    }
    Token name = advance();
    if (!current.is("(")) {
      throw propertyAccess(name);
    }
    Optional<AllowList.Method> method = AllowList.method(name.text());
    if (method.isEmpty()) {
      throw refusedMethod(name);
    }
    List<Expr> arguments = arguments();
    checkArity(name, name.text() + "()", method.get().minArgs(), method.get().maxArgs(), arguments.size());
    return new Expr.MethodCall(name.offset(), target, name.text(), arguments);
  }

  private Expr primary() {
    Token token = current;
    switch (token.kind()) {
      case NUMBER:
      case STRING:
        advance();
        return new Expr.Literal(token.offset(), token.value());
      case IDENTIFIER:
        return identifier();
      case END:
        throw ParseFailure.syntax(token.offset(), "expression ends early; expected a value");
      default:
        break;
    }
    if (token.is("(")) {
      advance();
      Expr inner = expression();
      expect(")", "')'");
      return inner;
    }
    if (token.is("[")) {
      return listLiteral();
    }
    throw unexpected(token, "a value");
  }

  private Expr identifier() {
    Token name = advance();
    String word = name.text();
    switch (word) {
      case "true": return new Expr.Literal(name.offset(), Boolean.TRUE);
      case "false": return new Expr.Literal(name.offset(), Boolean.FALSE);
      case "null": return new Expr.Literal(name.offset(), null);
      case "empty": return new Expr.Empty(name.offset());
      default: break;
    }
    if (KEYWORDS.containsKey(word)) {
      throw ParseFailure.sandbox(name.offset(), KEYWORDS.get(word));
    }
    if (current.is("(")) {
      return call(name);
    }
    if (variables.contains(word)) {
      return new Expr.Variable(name.offset(), word, slots.computeIfAbsent(word, w -> slots.size()));
    }
    if (JAVA_NAMES.contains(word) || Character.isUpperCase(word.charAt(0)) && current.is(".")) {
      throw ParseFailure.sandbox(name.offset(), "'" + word + "' reaches outside the sandbox: an expression can "
        + "use only the record's columns, literals and Ferry's functions");
    }
    problems.add(unknownVariable(name));
    return new Expr.Variable(name.offset(), word, -1);
  }

  private Expr call(Token name) {
    String word = name.text();
    if (JAVA_NAMES.contains(word)) {
      throw ParseFailure.sandbox(name.offset(), "'" + word + "(...)' reaches outside the sandbox: Java "
        + "constructors and methods are not Ferry functions");
    }
    Optional<AllowList.Function> function = AllowList.function(word);
    List<Expr> arguments = arguments();
    if (function.isEmpty()) {
      problems.add(unknownFunction(name));
    } else {
      checkArity(name, word + "()", function.get().minArgs(), function.get().maxArgs(), arguments.size());
    }
    return new Expr.Call(name.offset(), word, arguments);
  }

  private List<Expr> arguments() {
    expect("(", "'('");
    List<Expr> arguments = new ArrayList<>();
    if (current.is(")")) {
      advance();
      return arguments;
    }
    while (true) {
      arguments.add(expression());
      if (current.is(",")) {
        advance();
      } else {
        expect(")", "',' or ')'");
        return arguments;
      }
    }
  }

  private Expr listLiteral() {
    Token open = advance();
    List<Expr> items = new ArrayList<>();
    if (current.is("]")) {
      advance();
      return new Expr.ListLiteral(open.offset(), items);
    }
    while (true) {
      items.add(expression());
      if (current.is(":")) {
        throw ParseFailure.sandbox(current.offset(), "map literals [key: value] are not allowed");
      }
      if (current.is(",")) {
        advance();
      } else {
        expect("]", "',' or ']'");
        return new Expr.ListLiteral(open.offset(), items);
      }
    }
  }

  private ParseFailure propertyAccess(Token name) {
    if (name.text().equals("class")) {
      return ParseFailure.sandbox(name.offset(), "'.class' reaches outside the sandbox");
    }
    String hint = AllowList.method(name.text()).isPresent() ? "; did you mean ." + name.text() + "()?"
      : "; values only have the allow-listed methods";
    return ParseFailure.sandbox(name.offset(), "property access '." + name.text() + "' is not allowed" + hint);
  }

  private ParseFailure refusedMethod(Token name) {
    String word = name.text();
    if (REFLECTIVE.contains(word)) {
      return ParseFailure.sandbox(name.offset(), "method " + word + "() reaches outside the sandbox");
    }
    List<String> allowed = AllowList.METHODS.stream().map(AllowList.Method::name).distinct().toList();
    List<String> close = closest(word, allowed);
    String hint = close.isEmpty()
      ? "; values have only " + allowed.stream().map(m -> m + "()").collect(Collectors.joining(", "))
      : "; did you mean " + close.get(0) + "()?";
    return ParseFailure.sandbox(name.offset(), "method " + word + "() is not allowed" + hint);
  }

  private ExpressionProblem unknownVariable(Token name) {
    String word = name.text();
    String message;
    if (AllowList.function(word).isPresent()) {
      message = "'" + word + "' is a function; call it as " + word + "(...)";
    } else {
      List<String> close = closest(word, variables);
      message = "unknown variable '" + word + "'" + (close.isEmpty()
        ? ": the record has no column of that name"
        : "; did you mean " + close.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" or ")) + "?");
    }
    return ExpressionProblem.at(source, name.offset(), ExpressionProblem.UNKNOWN_VARIABLE, message);
  }

  private ExpressionProblem unknownFunction(Token name) {
    String word = name.text();
    List<String> functions = AllowList.FUNCTIONS.stream().map(AllowList.Function::name).toList();
    List<String> close = closest(word, functions);
    String message = "unknown function '" + word + "'" + (close.isEmpty()
      ? (variables.contains(word) ? ": '" + word + "' is a column, not a function" : "")
        + "; Ferry's functions are " + String.join(", ", functions)
      : "; did you mean " + close.get(0) + "()?");
    return ExpressionProblem.at(source, name.offset(), ExpressionProblem.UNKNOWN_FUNCTION, message);
  }

  private void checkArity(Token name, String shown, int min, int max, int actual) {
    if (actual >= min && actual <= max) {
      return;
    }
    String expected;
    if (max == AllowList.VARARGS) {
      expected = "at least " + arguments(min);
    } else if (min == max) {
      expected = min == 0 ? "no arguments" : arguments(min);
    } else {
      expected = min + " or " + arguments(max);
    }
    problems.add(ExpressionProblem.at(source, name.offset(), ExpressionProblem.ARITY,
      shown + " takes " + expected + ", got " + actual));
  }

  private static String arguments(int count) {
    return count + (count == 1 ? " argument" : " arguments");
  }

  private void rejectChained(String... operators) {
    for (String operator : operators) {
      if (current.is(operator)) {
        throw ParseFailure.syntax(current.offset(), "comparisons cannot be chained; combine them with && or ||");
      }
    }
  }

  private static boolean isComparison(Token token) {
    return token.is("<") || token.is(">") || token.is("<=") || token.is(">=");
  }

  private ParseFailure unexpected(Token token, String expected) {
    if (token.kind() == Token.Kind.IDENTIFIER && OPERATOR_WORDS.containsKey(token.text())) {
      return ParseFailure.sandbox(token.offset(), OPERATOR_WORDS.get(token.text()));
    }
    return ParseFailure.syntax(token.offset(), "expected " + expected + " but found " + token.shown());
  }

  private void expect(String symbol, String shown) {
    if (!current.is(symbol)) {
      throw unexpected(current, shown);
    }
    advance();
  }

  private Token advance() {
    Token previous = current;
    current = tokenizer.next();
    return previous;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw ParseFailure.syntax(current.offset(), "expression nests more than " + MAX_DEPTH + " levels deep; split it up");
    }
  }

  private static void rejectStrayEmpty(Expr node) {
    if (node instanceof Expr.Empty) {
      throw ParseFailure.sandbox(node.offset(), "'empty' can only be compared: x == empty or x != empty "
        + "(or use blank(x))");
    }
    children(node).forEach(Parser::rejectStrayEmpty);
  }

  private static int height(Expr node) {
    int tallest = 0;
    for (Expr child : children(node)) {
      tallest = Math.max(tallest, height(child));
    }
    return tallest + 1;
  }

  static List<Expr> children(Expr node) {
    if (node instanceof Expr.Unary u) {
      return List.of(u.operand());
    }
    if (node instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    }
    if (node instanceof Expr.EmptyTest t) {
      return List.of(t.operand());
    }
    if (node instanceof Expr.Conditional c) {
      return List.of(c.condition(), c.whenTrue(), c.whenFalse());
    }
    if (node instanceof Expr.Index i) {
      return List.of(i.target(), i.index());
    }
    if (node instanceof Expr.ListLiteral l) {
      return l.items();
    }
    if (node instanceof Expr.Call c) {
      return c.arguments();
    }
    if (node instanceof Expr.MethodCall m) {
      List<Expr> all = new ArrayList<>(m.arguments());
      all.add(0, m.target());
      return all;
    }
    return List.of();
  }

  static List<String> closest(String word, Collection<String> candidates) {
    return Suggestions.closest(word, candidates, 3);
  }
}
