package org.bibfolio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bibfolio.bench.SyntheticLibrary;
import org.bibfolio.model.WorkCount;
import org.bibfolio.model.WorkCount.Kind;
import org.bibfolio.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data format that writes the entries, not their rendered text (CSL-JSON, BibTeX), renders nothing in a house
 * style: the style's section rules and sort choose and order the entries. Counted, not timed; the order is checked
 * against the text export, which renders.
 */
class DataExportWorkTest {

    private static final int ENTRIES = 300;
    private static final Pattern CSL_ID = Pattern.compile("\"id\" : \"([^\"]+)\"");
    private static final Pattern BIBTEX_KEY = Pattern.compile("(?m)^@\\w+\\{([^,]+),");

    @TempDir
    Path dir;

    @BeforeEach
    void library() throws Exception {
        SyntheticLibrary.write(dir.resolve("library.bib"), ENTRIES, 11);
    }

    private WorkCount.Counted<CliRun> counted(String... args) throws Exception {
        WorkCount.Counted<CliRun> run = WorkCount.during(() -> CliRun.in(dir, args));
        assertEquals(0, run.result().exitCode(), run.result().err());
        return run;
    }

    @Test
    void cslJsonOfAHouseStyleRendersNothingAndListsWhatTheJsonExportLists() throws Exception {
        for (List<String> choice : List.of(List.of("--flat"), List.of("--section", "all"),
                List.of("--section", "conference"), List.of("--flat", "--section", "preprint"))) {
            WorkCount.Counted<CliRun> csl = counted(args(choice, "csl-json"));
            WorkCount.Counted<CliRun> rendered = counted(args(choice, "json"));
            assertEquals(0, csl.counts().of(Kind.RENDERED), choice.toString());
            List<String> ids = all(CSL_ID, csl.result().out());
            // the json export renders each entry and lists it, with its key, in each section that holds it
            List<String> listed = all(Pattern.compile("\"key\" : \"([^\"]+)\""), rendered.result().out()).stream()
                    .distinct().toList();
            assertEquals(listed, ids, choice.toString());
            assertEquals(rendered.counts().of(Kind.RENDERED) > 0, !ids.isEmpty(), choice.toString());
        }
    }

    @Test
    void bibtexOfAHouseStyleRendersNothing() throws Exception {
        WorkCount.Counted<CliRun> bibtex = counted("export", "--flat", "--format", "bibtex");
        assertEquals(0, bibtex.counts().of(Kind.RENDERED));
        assertEquals(ENTRIES, all(BIBTEX_KEY, bibtex.result().out()).size());
    }

    private static String[] args(List<String> choice, String format) {
        List<String> args = new ArrayList<>(List.of("export", "--format", format));
        args.addAll(choice);
        return args.toArray(String[]::new);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
