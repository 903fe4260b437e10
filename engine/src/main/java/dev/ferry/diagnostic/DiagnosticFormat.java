package dev.ferry.diagnostic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The ways a list of problems can be printed: for a terminal, for GitHub Actions, for tools. */
public enum DiagnosticFormat {
  /** {@code file:line:col: error: CODE message}, the shape compilers and linters use. */
  TEXT {
    @Override
    public String render(List<Diagnostic> diagnostics) {
      StringBuilder out = new StringBuilder();
      for (Diagnostic d : diagnostics) {
        out.append(d.location()).append(": ").append(d.severity().label()).append(": ")
            .append(d.code()).append(' ').append(d.message());
        if (!d.location().pointer().isEmpty()) {
          out.append(" [").append(d.location().pointer()).append(']');
        }
        out.append('\n');
      }
      return out.toString();
    }
  },
  /** Workflow commands that GitHub turns into annotations on the pull request's changed lines. */
  GITHUB {
    @Override
    public String render(List<Diagnostic> diagnostics) {
      StringBuilder out = new StringBuilder();
      for (Diagnostic d : diagnostics) {
        Location at = d.location();
        out.append("::").append(d.severity().label())
            .append(" file=").append(escapeProperty(at.file()))
            .append(",line=").append(at.line())
            .append(",col=").append(at.column())
            .append(",title=").append(escapeProperty("ferry " + d.code()))
            .append("::").append(escapeData(d.message()))
            .append('\n');
      }
      return out.toString();
    }
  },
  /** A JSON array, one object per problem, for editors and scripts. */
  JSON {
    @Override
    public String render(List<Diagnostic> diagnostics) {
      ArrayNode array = MAPPER.createArrayNode();
      for (Diagnostic d : diagnostics) {
        ObjectNode node = array.addObject();
        node.put("file", d.location().file());
        node.put("line", d.location().line());
        node.put("column", d.location().column());
        node.put("pointer", d.location().pointer());
        node.put("severity", d.severity().label());
        node.put("code", d.code());
        node.put("message", d.message());
      }
      try {
        return MAPPER.writeValueAsString(array) + "\n";
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a tree of strings and numbers always serialises", e);
      }
    }
  };

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public abstract String render(List<Diagnostic> diagnostics);

  // GitHub's workflow-command escaping: data escapes %, CR and LF; properties also escape : and ,.
  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
