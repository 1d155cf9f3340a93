package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;

/** The TOML reader on generated values: what a writer escapes comes back as it was, in every string form. */
class TomlProperties {

    @Property
    void basicStringsRoundTrip(@ForAll String text) throws StyleException {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> escaped.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\"
                : c < 0x20 || c == 0x7f ? String.format("\\u%04X", c) : Character.toString(c)));
        assertEquals(text, value("k = \"" + escaped + "\"\n"));
    }

    @Property
    void multiLineLiteralStringsKeepEverything(
            @ForAll @Chars({'a', 'z', ' ', '\\', '{', '}', '[', ']', '|', '"', '\n', '#', '=', 'é', '朱'})
            @CharRange(from = 'A', to = 'F') String text) throws StyleException {
        String body = text.replace("''", "' '");
        if (body.endsWith("'")) {
            body = body + " ";
        }
        assertEquals(body, value("k = '''\n" + body + "'''\n"));
    }

    @Property
    void integersInEveryBase(@ForAll @IntRange(min = 0) int n) throws StyleException {
        for (String written : List.of(Integer.toString(n), "0x" + Integer.toHexString(n),
                "0o" + Integer.toOctalString(n), "0b" + Integer.toBinaryString(n))) {
            assertEquals((long) n, value("k = " + written + "\n"), written);
        }
    }

    @Property
    void listsOverSeveralLinesWithCommentsAndATrailingComma(@ForAll @IntRange(min = 0, max = 8) int size)
            throws StyleException {
        StringBuilder list = new StringBuilder("k = [\n");
        for (int i = 0; i < size; i++) {
            list.append("  \"v").append(i).append("\",  # item ").append(i).append('\n');
        }
        list.append("]\n");
        List<?> values = (List<?>) value(list.toString());
        assertEquals(size, values.size());
        for (int i = 0; i < size; i++) {
            assertEquals("v" + i, ((Toml.Value) values.get(i)).get());
        }
    }

    private static Object value(String document) throws StyleException {
        return ((Toml.Table) Toml.parse("p.toml", document).get()).entries.get("k").get();
    }
}
