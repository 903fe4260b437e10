package dev.ferry.expression;

/** One token of an expression; {@code value} is the Long, BigDecimal or unescaped String of a literal. */
record Token(Kind kind, String text, int offset, Object value) {

  enum Kind { NUMBER, STRING, IDENTIFIER, SYMBOL, END }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  boolean isIdentifier(String word) {
    return kind == Kind.IDENTIFIER && text.equals(word);
  }

  /** How messages quote the token. */
  String shown() {
    if (kind == Kind.END) {
      return "the end of the expression";
    }
    return kind == Kind.STRING ? text : "'" + text + "'";
  }
}
