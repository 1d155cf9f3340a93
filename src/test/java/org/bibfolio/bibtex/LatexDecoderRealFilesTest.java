package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.model.LatexSpan;
import org.bibfolio.testing.TexLiveFiles;
import org.junit.jupiter.api.Test;

/**
 * The decoder on every field of every .bib file TeX Live ships (Beebe's journal bibliographies among them, thousands
 * of titles with math): it never throws, its spans lie in order inside the text, and no word of text is lost. A word
 * is a run of three or more letters outside math, not a command's name and not the first argument of a command whose
 * first argument is no text ({@code \href}'s URL, {@code \noopsort}'s key).
 */
class LatexDecoderRealFilesTest {

    private static final Pattern MATH = Pattern.compile("\\$\\$.*?\\$\\$|(?<!\\\\)\\$.*?(?<!\\\\)\\$|\\\\\\(.*?\\\\\\)",
            Pattern.DOTALL);
    private static final Pattern NOT_TEXT = Pattern.compile(
            "\\\\(href|noopsort|SortNoop|sortnoop|textcolor|color)\\s*\\{[^{}]*\\}");
    private static final Pattern WORD = Pattern.compile("(?<![\\\\A-Za-z])[A-Za-z]{3,}");

    @Test
    void decodesEveryFieldOfTexLivesBibFilesKeepingEveryWord() throws Exception {
        List<Path> files = TexLiveFiles.required();
        List<String> lost = new ArrayList<>();
        long fields = 0;
        long math = 0;
        for (Path file : files) {
            LibraryReader.Loaded loaded;
            try {
                LibraryReader.Decoded text = LibraryReader.decode(TexLiveFiles.read(file));
                loaded = LibraryReader.read(file.toString(), text.text(), text.charset());
            } catch (BibSyntaxException e) {
                continue; // the parser's own tests report files it cannot read
            }
            for (BibItem.Entry entry : loaded.file().entries().toList()) {
                for (BibField field : entry.fields()) {
                    if (Fields.VERBATIM.contains(field.normalizedName())) {
                        continue;
                    }
                    String raw = loaded.macros().resolve(field.value());
                    LatexDecoder.Decoded decoded = LatexDecoder.decodeWithSpans(raw);
                    fields++;
                    math += decoded.spans().stream().filter(LatexSpan::isMath).count();
                    checkSpans(decoded, raw);
                    String words = NOT_TEXT.matcher(MATH.matcher(raw).replaceAll(" ")).replaceAll(" ");
                    Matcher word = WORD.matcher(words);
                    // an accent command composes its letter with the next ones ("B\\'ezier" -> "Bézier")
                    String letters = Normalizer.normalize(decoded.text(), Normalizer.Form.NFD)
                            .replaceAll("\\p{Mn}", "");
                    while (word.find()) {
                        if (!letters.contains(word.group()) && lost.size() < 20) {
                            lost.add(file.getFileName() + " " + entry.key() + "." + field.normalizedName() + ": '"
                                    + word.group() + "' lost from " + shortened(raw));
                        }
                    }
                }
            }
        }
        assertTrue(fields > 100_000, "only " + fields + " fields decoded");
        // TeX Live 2022 has 277 math spans outside verbatim fields (mostly Beebe's TeX bibliographies)
        assertTrue(math > 200, "only " + math + " math spans in TeX Live's files");
        assertEquals(List.of(), lost);
    }

    private static String shortened(String raw) {
        return raw.length() < 200 ? raw : raw.substring(0, 200) + "…";
    }

    private static void checkSpans(LatexDecoder.Decoded decoded, String raw) {
        int at = 0;
        for (LatexSpan span : decoded.spans()) {
            assertTrue(span.start() >= at && span.end() >= span.start() && span.end() <= decoded.text().length(),
                    () -> "span " + span + " out of order or bounds in '" + decoded.text() + "' from " + raw);
            at = span.end();
        }
    }
}
