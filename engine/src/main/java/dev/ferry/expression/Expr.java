package dev.ferry.expression;

import java.util.List;

/**
 * The checked expression tree. {@code offset} is where the node's operator, name or literal starts in the source, so
 * runtime errors can point at it. Only {@link Parser} builds these, and only from allow-listed constructs.
 */
sealed interface Expr {

  int offset();

  /** A Long, BigDecimal, String, Boolean or null. */
  record Literal(int offset, Object value) implements Expr {}

  /** MVEL's {@code empty}, kept only as an operand of {@code ==}/{@code !=}, where it becomes {@link EmptyTest}. */
  record Empty(int offset) implements Expr {}

  /** A column of the record; {@code slot} numbers the distinct columns the expression uses, from 0. */
  record Variable(int offset, String name, int slot) implements Expr {}

  record Unary(int offset, String operator, Expr operand) implements Expr {}

  /** Arithmetic, comparison, {@code &&} and {@code ||}; {@code offset} is the operator's. */
  record Binary(int offset, String operator, Expr left, Expr right) implements Expr {}

  /** {@code x == empty} or, negated, {@code x != empty}. */
  record EmptyTest(int offset, Expr operand, boolean negated) implements Expr {}

  record Conditional(int offset, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {}

  record Index(int offset, Expr target, Expr index) implements Expr {}

  record ListLiteral(int offset, List<Expr> items) implements Expr {}

  /** A call of an {@link AllowList#FUNCTIONS} entry. */
  record Call(int offset, String function, List<Expr> arguments) implements Expr {}

  /** A call of an {@link AllowList#METHODS} entry on a value. */
  record MethodCall(int offset, Expr target, String method, List<Expr> arguments) implements Expr {}
}
