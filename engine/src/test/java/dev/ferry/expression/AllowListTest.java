package dev.ferry.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each allow-list entry is implemented at every arity it allows, its example holds, and the reference documents it. */
class AllowListTest {

    @Test
    void everyFunctionCompilesAtEveryArityItAllows() {
        for (AllowList.Function function : AllowList.FUNCTIONS) {
            int most = function.maxArgs() == AllowList.VARARGS ? function.minArgs() + 3 : function.maxArgs();
            for (int arity = function.minArgs(); arity <= most; arity++) {
                String call = function.name() + "(" + String.join(", ", Collections.nCopies(arity, "null")) + ")";
                ExpressionFixtures.COMPILER.compile(call, Set.of());
            }
        }
    }

    @Test
    void everyMethodCompilesAtEveryArityItAllows() {
        for (AllowList.Method method : AllowList.METHODS) {
            for (int arity = method.minArgs(); arity <= method.maxArgs(); arity++) {
                String call = "'x'." + method.name() + "(" + String.join(", ", Collections.nCopies(arity, "'y'")) + ")";
                ExpressionFixtures.COMPILER.compile(call, Set.of());
            }
        }
    }

    @Test
    void everyFunctionsExampleGivesItsDocumentedResult() {
        for (AllowList.Function function : AllowList.FUNCTIONS) {
            assertTrue(function.example().contains(function.name() + "("), function.name());
            Object value = ExpressionFixtures.evaluate(function.example());
            assertEquals(function.result(), value == null ? "null" : Values.text(value), function.example());
        }
    }

    @Test
    void theLanguageReferenceDocumentsEveryFunctionAndMethod() throws IOException {
        String reference;
        try (InputStream in = AllowListTest.class.getResourceAsStream("/dev/ferry/dsl-spec/expressions.md")) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (AllowList.Function function : AllowList.FUNCTIONS) {
            assertTrue(reference.contains("`" + function.signature() + "`"), function.signature());
            assertTrue(reference.contains(function.example()), function.example());
        }
        for (AllowList.Method method : AllowList.METHODS) {
            assertTrue(reference.contains("`." + method.name() + "("), method.name());
        }
    }
}
