package dev.ferry.expression;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mvel2.MVEL;
import org.mvel2.ParserContext;

/**
 * What the engine uses at plan time: checks an expression exactly as {@link ExpressionChecker} does, and only if it is
 * allowed has MVEL compile the source Ferry generates from it (see {@link MvelTranslator}), with a parser context
 * whose only imports are the Ferry methods that source calls.
 */
public final class ExpressionCompiler {

  private final Clock clock;

  /**
   * @param clock what {@code today()} reads, in the clock's zone. Pass {@code Clock.fixed(...)} at the run's start
   *     (and record it) so that reruns and resumed runs compute the same values.
   */
  public ExpressionCompiler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @throws ExpressionException carrying every problem when the expression is not allowed
   */
  public CompiledExpression compile(String source, Set<String> variables) {
    Parser.Result parsed = Parser.parse(source, variables);
    if (!parsed.problems().isEmpty()) {
      throw new ExpressionException(source, parsed.problems());
    }
    MvelTranslator.Translation translation = MvelTranslator.translate(parsed.root());
    Serializable compiled;
    try {
      compiled = MVEL.compileExpression(translation.mvel(), context(parsed.columns(), translation));
    } catch (RuntimeException e) {
      // The source is Ferry's own output, so this is a bug in the translator, not in the analyst's map.
      throw new IllegalStateException("MVEL rejected Ferry's translation of `" + source + "`: " + translation.mvel(), e);
    }
    return new CompiledExpression(source, translation, compiled, parsed.columns(), clock, firstToken(source));
  }

  static ParserContext context(List<String> columns, MvelTranslator.Translation translation) {
    ParserContext context = new ParserContext();
    // Strict typing makes MVEL refuse, at compile time, any name that is neither declared here nor imported.
    context.setStrictTypeEnforcement(true);
    for (int slot = 0; slot < columns.size(); slot++) {
      context.addInput(MvelTranslator.VARIABLE_PREFIX + slot, Object.class);
    }
    for (int constant = 0; constant < translation.constants().size(); constant++) {
      context.addInput(MvelTranslator.CONSTANT_PREFIX + constant, Object.class);
    }
    context.addInput(MvelTranslator.TODAY, Object.class);
    translation.imports().forEach(context::addImport);
    return context;
  }

  private static int firstToken(String source) {
    int offset = 0;
    while (offset < source.length() && Character.isWhitespace(source.charAt(offset))) {
      offset++;
    }
    return offset;
  }
}
