package dev.ferry.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Splits an expression into tokens on demand, so problems are found in source order. Characters and operators MVEL
 * understands but Ferry's language leaves out are rejected here, each with the reason, at their own offset.
 */
final class Tokenizer {

  /** Longest first, so "==" wins over "=". */
  private static final List<String> SYMBOLS = List.of(
    "==", "!=", "<=", ">=", "&&", "||", "(", ")", "[", "]", ",", ".", "?", ":", "+", "-", "*", "/", "%", "!", "<", ">");

  /** MVEL operators and characters outside the language, checked before {@link #SYMBOLS}, with the reason. */
  private static final Map<String, String> REJECTED = Map.ofEntries(
    Map.entry("//", "comments are not allowed in expressions"),
    Map.entry("/*", "comments are not allowed in expressions"),
    Map.entry("++", "'++' changes a variable; expressions cannot assign"),
    Map.entry("--", "'--' changes a variable; expressions cannot assign"),
    Map.entry("+=", "'+=' assigns; expressions cannot assign"),
    Map.entry("-=", "'-=' assigns; expressions cannot assign"),
    Map.entry("*=", "'*=' assigns; expressions cannot assign"),
    Map.entry("/=", "'/=' assigns; expressions cannot assign"),
    Map.entry("%=", "'%=' assigns; expressions cannot assign"),
    Map.entry("~=", "'~=' (regular expression match) is not allowed: a crafted pattern can hang a run"),
    Map.entry("**", "'**' (power) is not allowed"),
    Map.entry("::", "'::' is not allowed"),
    Map.entry("=", "'=' assigns; expressions cannot assign (compare with '==')"),
    Map.entry(";", "';' separates statements; an expression is a single expression"),
    Map.entry("{", "'{' opens a block or array; blocks are not allowed"),
    Map.entry("}", "'}' closes a block; blocks are not allowed"),
    Map.entry("@", "'@' starts an MVEL template or interceptor; not allowed in expressions"),
    Map.entry("#", "'#' starts an MVEL template; not allowed in expressions"),
    Map.entry("$", "'$' (MVEL's projection and special variables) is not allowed"),
    Map.entry("`", "backticks are not allowed"),
    Map.entry("\\", "a backslash escape (like \\u0053) is only allowed inside a string literal"),
    Map.entry("&", "bitwise '&' is not allowed (did you mean '&&'?)"),
    Map.entry("|", "bitwise '|' is not allowed (did you mean '||'?)"),
    Map.entry("^", "'^' is not allowed"),
    Map.entry("~", "'~' is not allowed"));

  private final String source;
  private int position;

  Tokenizer(String source) {
    this.source = source;
  }

  Token next() {
    skipWhitespace();
    if (position >= source.length()) {
      return new Token(Token.Kind.END, "", source.length(), null);
    }
    char c = source.charAt(position);
    if (isDigit(c)) {
      return number();
    }
    if (isIdentifierStart(c)) {
      return identifier();
    }
    if (c == '\'' || c == '"') {
      return string(c);
    }
    for (Map.Entry<String, String> rejected : REJECTED.entrySet()) {
      // Two-character rejections first, but "=" must not shadow the accepted "==", nor "&"/"|" the "&&"/"||".
      if (rejected.getKey().length() == 2 && source.startsWith(rejected.getKey(), position)) {
        throw ParseFailure.sandbox(position, rejected.getValue());
      }
    }
    for (String symbol : SYMBOLS) {
      if (source.startsWith(symbol, position)) {
        int start = position;
        position += symbol.length();
        return new Token(Token.Kind.SYMBOL, symbol, start, null);
      }
    }
    String reason = REJECTED.get(String.valueOf(c));
    if (reason != null) {
      throw ParseFailure.sandbox(position, reason);
    }
    throw ParseFailure.syntax(position, "unexpected character " + printable(c)
      + (c > 0x7f ? "; names are ASCII letters, digits and _, and other text belongs in quotes" : ""));
  }

  private void skipWhitespace() {
    while (position < source.length() && " \t\r\n".indexOf(source.charAt(position)) >= 0) {
      position++;
    }
  }

  private Token number() {
    int start = position;
    while (position < source.length() && isDigit(source.charAt(position))) {
      position++;
    }
    boolean decimal = position + 1 < source.length() && source.charAt(position) == '.'
      && isDigit(source.charAt(position + 1));
    if (decimal) {
      position++;
      while (position < source.length() && isDigit(source.charAt(position))) {
        position++;
      }
    }
    if (position < source.length() && isIdentifierPart(source.charAt(position))) {
      throw ParseFailure.sandbox(position, "number suffixes, hex and exponents (like 10L, 1.5B, 0x1F, 1e3) "
        + "are not allowed; write plain digits");
    }
    String text = source.substring(start, position);
    if (text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) != '.') {
      throw ParseFailure.sandbox(start, "a leading zero is not allowed (MVEL reads " + text + " as octal)");
    }
    if (decimal) {
      return new Token(Token.Kind.NUMBER, text, start, new BigDecimal(text));
    }
    try {
      return new Token(Token.Kind.NUMBER, text, start, Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw ParseFailure.syntax(start, "integer " + text + " is too large; write it as a decimal (" + text + ".0)");
    }
  }

  private Token identifier() {
    int start = position;
    while (position < source.length() && isIdentifierPart(source.charAt(position))) {
      position++;
    }
    String text = source.substring(start, position);
    return new Token(Token.Kind.IDENTIFIER, text, start, null);
  }

  private Token string(char quote) {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == quote) {
        position++;
        return new Token(Token.Kind.STRING, source.substring(start, position), start, value.toString());
      }
      if (c == '\\') {
        value.append(escape());
        continue;
      }
      value.append(c);
      position++;
    }
    throw ParseFailure.syntax(start, "text starting here is never closed; add the closing " + quote);
  }

  private char escape() {
    int start = position;
    if (position + 1 >= source.length()) {
      throw ParseFailure.syntax(start, "a backslash at the end of the expression escapes nothing");
    }
    char c = source.charAt(position + 1);
    position += 2;
    switch (c) {
      case '\\': return '\\';
      case '\'': return '\'';
      case '"': return '"';
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'u':
        if (position + 4 <= source.length() && source.substring(position, position + 4).matches("[0-9a-fA-F]{4}")) {
          position += 4;
          return (char) Integer.parseInt(source.substring(position - 4, position), 16);
        }
        throw ParseFailure.syntax(start, "\\u must be followed by four hex digits");
      default:
        throw ParseFailure.syntax(start, "unknown escape \\" + c + " (allowed: \\\\ \\' \\\" \\n \\t \\r \\uXXXX)");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static String printable(char c) {
    return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
