package org.bibfolio.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bibfolio.testing.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stranger's CV in every golden style and format (golden/stranger/STYLE.{md,tex,html}; LaTeX as a whole
 * document), and what must hold in every style whatever the goldens say: each paper in the lists it belongs to, once
 * per list, none left out, and numbered styles giving every paper one number per list in the order shown.
 */
class StrangerGoldenTest {

    @TempDir
    Path folder;

    static Stream<Arguments> stylesAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String style : StrangerLibrary.styles()) {
            for (String format : List.of("markdown", "latex", "html")) {
                cases.add(Arguments.of(style, format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stylesAndFormats")
    void matchesGoldenFile(String style, String format) throws Exception {
        StrangerLibrary.copyTo(folder);
        String out = format.equals("latex") ? StrangerLibrary.export(folder, style, format, "--standalone")
                : StrangerLibrary.export(folder, style, format);
        Golden.assertMatches("stranger/" + style + "." + StrangerLibrary.extension(format), out);
    }

    static Stream<String> styles() {
        return StrangerLibrary.styles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void everyPaperIsInTheListsItBelongsToOncePerList(String style) throws Exception {
        StrangerLibrary.copyTo(folder);
        JsonNode cv = new ObjectMapper().readTree(StrangerLibrary.export(folder, style, "json"));
        Set<String> shown = new TreeSet<>();
        for (JsonNode section : cv.get("sections")) {
            List<String> keys = new ArrayList<>();
            section.get("entries").forEach(entry -> keys.add(entry.get("key").asText()));
            assertEquals(keys.size(), new HashSet<>(keys).size(), style + " repeats a paper in " + section.get("id"));
            shown.addAll(keys);
        }
        assertEquals(StrangerLibrary.ENTRIES, shown.size(), style + " leaves papers out");
        if (!style.equals("cv-compact")) {
            assertEquals(List.of("chen2024scaling", "garcia2025mirror", "lindqvist2023benchmark", "natarajan2020lower"),
                    keysOf(cv, "selected").stream().sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void numberedListsGiveEachPaperOneNumberInTheOrderShown(String style) throws Exception {
        StrangerLibrary.copyTo(folder);
        JsonNode cv = new ObjectMapper().readTree(StrangerLibrary.export(folder, style, "json"));
        boolean numeric = StrangerLibrary.NUMERIC_STYLES.contains(style);
        Map<String, Integer> numberOf = new HashMap<>();
        List<Integer> complete = new ArrayList<>();
        for (JsonNode section : cv.get("sections")) {
            List<Integer> labels = new ArrayList<>();
            for (JsonNode entry : section.get("entries")) {
                assertEquals(numeric || style.equals("cv-numbered"), entry.has("label"), style + " " + entry);
                if (entry.has("label")) {
                    int label = entry.get("label").asInt();
                    labels.add(label);
                    Integer before = numberOf.putIfAbsent(entry.get("key").asText(), label);
                    if (style.equals("cv-numbered")) {
                        assertEquals(before == null ? label : before, label, "one number per paper in the whole CV");
                    }
                }
            }
            if (numeric) {
                for (int i = 0; i < labels.size(); i++) {
                    assertEquals(i + 1, labels.get(i), style + ": " + section.get("id") + " counts 1…n");
                }
            } else if (!section.get("id").asText().equals("selected")) {
                complete.addAll(labels);
            }
        }
        if (style.equals("cv-numbered")) {
            // the complete lists count down from the number of papers to 1; Selected refers to those numbers
            for (int i = 0; i < complete.size(); i++) {
                assertEquals(StrangerLibrary.ENTRIES - i, complete.get(i), "cv-numbered counts down over the CV");
            }
        }
        assertTrue(!numeric || !numberOf.isEmpty());
    }

    private static List<String> keysOf(JsonNode cv, String sectionId) {
        List<String> keys = new ArrayList<>();
        for (JsonNode section : cv.get("sections")) {
            if (section.get("id").asText().equals(sectionId)) {
                section.get("entries").forEach(entry -> keys.add(entry.get("key").asText()));
            }
        }
        return keys;
    }
}
