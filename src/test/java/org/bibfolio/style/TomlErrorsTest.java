package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the TOML reader puts each of its errors, from the characters (strings, escapes, numbers) to the structure
 * (tables, keys, lists): one located line each, and the offsets of a string's characters through its escapes.
 */
class TomlErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', value = {
        "a = \"x\\qy\" ¦ 1:7: unknown escape '\\q' (write templates as literal strings '…' or '''…''', where \\ is kept as it is)",
        "a = \"\\u12\" ¦ 1:6: \\u needs 4 hex digits of a Unicode character",
        "a = \"\"\"x\\ y\"\"\" ¦ 1:9: a backslash followed by a space must end the line",
        "a = \"x\u0001\" ¦ 1:7: control character U+0001 in a string",
        "a = 1979-05-27 ¦ 1:5: '1979-05-27' is a date or time; no style setting takes one",
        "a = nope ¦ 1:5: expected a string (in quotes), a number, true or false, a [list] or an {inline table}, found 'nope'",
        "a = \"\"\"never ¦ 1:5: the string is never closed",
        "a = [1, 2 ¦ 1:10: expected ',' or ']' in the list",
        "a = [1,\\n# c\\n ¦ 1:5: '[' is never closed",
        "a = [1 2] ¦ 1:8: expected ',' or ']' in the list",
        "a = {b = 1 ¦ 1:11: expected ',' or '}' in the inline table (it must fit on one line)",
        "a = 1 b ¦ 1:7: expected the end of the line, found 'b'",
        "a = ¦ 1:4: expected a value",
        "= 1 ¦ 1:1: expected a key",
        "\"\"\"k\"\"\" = 1 ¦ 1:1: a key cannot be a multi-line string",
        "a = 1\\n[a] ¦ 2:1: 'a' is already a number, not a table",
        "a = 1\\n[[a]] ¦ 2:1: 'a' is already a number, not [[a]] tables",
        "t = {x = 1}\\n[t] ¦ 2:1: 't' is already a table, not a table",
        "[t]\\n\\n[t] ¦ 3:1: the table [t] is defined twice",
    })
    void eachMistakeIsLocated(String document, String expected) {
        StyleException e = assertThrows(StyleException.class,
                () -> Toml.parse("s.toml", document.replace("\\n", "\n")));
        assertEquals("s.toml:" + expected.strip(), e.getMessage());
    }

    @Test
    void aStringsCharactersKeepTheirPlaceThroughEscapesAndLines() throws Exception {
        Toml.Table root = (Toml.Table) Toml.parse("s.toml", "a = \"\\t\\u00e9x\"\nb = \"\"\"\nl1\nl2\"\"\"\n").get();
        assertEquals("\té" + "x", root.entries.get("a").get());
        assertEquals("s.toml:1:14: here", root.entries.get("a").errorAt(2, "here").getMessage());
        assertEquals("s.toml:4:2: here", root.entries.get("b").errorAt(4, "here").getMessage());
        assertEquals(List.of("a", "b"), List.copyOf(root.keys.keySet()));
    }
}
