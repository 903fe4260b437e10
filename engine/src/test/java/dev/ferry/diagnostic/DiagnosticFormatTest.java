package dev.ferry.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {

  private final Diagnostic problem = Diagnostic.error("column-unknown",
      new Location("maps/a,b.yaml", 3, 7, "/objects/0/key"), "50% of 'x'\nbroken: yes");

  @Test
  void textIsFileLineColumnSeverityCodeMessageAndPointer() {
    assertEquals("maps/a,b.yaml:3:7: error: column-unknown 50% of 'x'\nbroken: yes [/objects/0/key]\n",
        DiagnosticFormat.TEXT.render(List.of(problem)));
  }

  @Test
  void githubAnnotationsEscapeWhatWorkflowCommandsWouldMisread() {
    assertEquals("::error file=maps/a%2Cb.yaml,line=3,col=7,title=ferry column-unknown::50%25 of 'x'%0Abroken: yes\n",
        DiagnosticFormat.GITHUB.render(List.of(problem)));
  }

  @Test
  void suggestionsFindTyposIncludingSwappedLetters() {
    assertEquals("email", Suggestions.closest("emial", List.of("email", "phone")).orElseThrow());
    assertEquals(" (did you mean 'accounts'?)", Suggestions.didYouMean("acounts", List.of("accounts", "employees")));
    assertEquals("", Suggestions.didYouMean("zzz", List.of("accounts")));
  }
}
