package org.bibfolio.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bibfolio.testing.TexLiveFiles;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/**
 * JBibTeX (org.jbibtex 1.0.20) as an independent oracle for our parser: every TeX Live .bib file JBibTeX reads is
 * read by both, and both must find the same entries (keys), types and field values after macro expansion. Values
 * are compared as BibTeX 0.99 sees them: white space runs collapsed to one space (bibtex.web §250), since JBibTeX
 * keeps line breaks verbatim. Where the two parsers differ by design the test says so below.
 */
class JbibtexOracleTest {

    /** Fields left out of the comparison, over all files (reported, so the test cannot skip its way to green). */
    private static long skipped;

    /** A field left out of the comparison (see {@link #ourEntries}). */
    private static final String SKIPPED = "\u0000skipped";

    /** What one file gave: whether JBibTeX could read it, and the entries compared. */
    private record Outcome(boolean read, int entries, List<String> differences) { }

    @Test
    void everyFileJbibtexReadsHasTheSameEntriesKeysTypesAndValues() throws Exception {
        List<Path> files = TexLiveFiles.required();
        List<String> unreadable = new ArrayList<>();
        Map<String, List<String>> differences = new TreeMap<>();
        int read = 0;
        int entries = 0;
        for (Path file : files) {
            Outcome outcome = compare(file);
            if (!outcome.read()) {
                unreadable.add(file.getFileName().toString());
                continue;
            }
            read++;
            entries += outcome.entries();
            if (!outcome.differences().isEmpty()) {
                differences.put(file.toString(), outcome.differences());
            }
        }
        System.out.printf(Locale.ROOT, "JBibTeX oracle: %d of %d files read by JBibTeX, %d entries compared "
                + "(%d fields left out by design), %d files differ; JBibTeX cannot read: %s%n", read, files.size(),
                entries, skipped, differences.size(), unreadable);
        assertTrue(read >= files.size() / 2, "JBibTeX read only " + read + " of " + files.size());
        assertEquals(Map.of(), differences);
    }

    private static Outcome compare(Path path) throws Exception {
        byte[] bytes = TexLiveFiles.read(path);
        LibraryReader.Decoded decoded = LibraryReader.decode(bytes);
        BibTeXDatabase theirs;
        try {
            theirs = lenientParser().parse(new StringReader(decoded.text()));
        } catch (ParseException | RuntimeException e) {
            return new Outcome(false, 0, List.of());
        }
        BibFile ours = BibParser.parse(path.toString(), decoded.text(), decoded.charset());
        Map<String, Map<String, String>> ourEntries = ourEntries(ours);
        List<String> differences = new ArrayList<>();
        Map<String, BibTeXEntry> theirEntries = new LinkedHashMap<>();
        theirs.getEntries().forEach((key, entry) -> theirEntries.put(key.getValue().toLowerCase(Locale.ROOT), entry));
        if (!theirEntries.keySet().equals(ourAllKeys(ours))) {
            differences.add("keys: JBibTeX " + theirEntries.size() + ", bibfolio " + ourAllKeys(ours).size());
        }
        for (Map.Entry<String, BibTeXEntry> entry : theirEntries.entrySet()) {
            Map<String, String> ourFields = ourEntries.get(entry.getKey());
            if (ourFields == null) {
                continue;
            }
            Map<String, String> theirFields = new TreeMap<>();
            theirFields.put("@type", entry.getValue().getType().getValue().toLowerCase(Locale.ROOT));
            for (Map.Entry<Key, Value> field : entry.getValue().getFields().entrySet()) {
                String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
                theirFields.put(name, SKIPPED.equals(ourFields.get(name)) ? SKIPPED
                        : normalize(field.getValue().toUserString()));
            }
            skipped += ourFields.values().stream().filter(SKIPPED::equals).count();
            if (!theirFields.equals(ourFields)) {
                differences.add(entry.getKey() + ": JBibTeX " + theirFields + " vs bibfolio " + ourFields);
            }
        }
        return new Outcome(true, theirEntries.size(), differences);
    }

    /**
     * JBibTeX fails on a macro it cannot resolve; BibTeX warns and reads it as empty. Both are told to go on, and
     * the undefined macro becomes its own name in JBibTeX (its {@code toUserString}), so such fields are skipped.
     */
    private static BibTeXParser lenientParser() throws ParseException {
        return new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
                // undefined @string: compared as skipped below
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                // a crossref to a missing entry is the entry's field value only
            }
        };
    }

    /**
     * Our entries, fields resolved with the macros defined above them, leaving out what the two parsers read
     * differently by design, where BibTeX 0.99 sides with us: a second entry of a key (BibTeX keeps the first and
     * reports "Repeated entry", JBibTeX keeps the last), a repeated field (BibTeX keeps the first, JBibTeX the
     * last), and a value using a macro not defined above it (BibTeX reads it as empty, JBibTeX looks further down
     * the file or gives the macro's name). Such fields are {@link #SKIPPED}; duplicated keys are dropped.
     */
    private static Map<String, Map<String, String>> ourEntries(BibFile file) {
        MacroTable macros = new MacroTable();
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        java.util.Set<String> repeatedKeys = new java.util.HashSet<>();
        for (BibItem item : file.items()) {
            if (item instanceof BibItem.StringDefinition definition) {
                macros.define(definition);
            } else if (item instanceof BibItem.Entry entry) {
                Map<String, String> fields = new TreeMap<>();
                fields.put("@type", entry.normalizedType());
                for (BibField field : entry.fields()) {
                    int before = macros.undefined().size();
                    String value = normalize(macros.resolve(field.value()));
                    boolean undefined = macros.undefined().size() > before || usesForgotten(field, macros);
                    String name = field.normalizedName();
                    fields.put(name, fields.containsKey(name) || undefined ? SKIPPED : value);
                }
                String key = entry.key().toLowerCase(Locale.ROOT);
                if (entries.putIfAbsent(key, fields) != null) {
                    repeatedKeys.add(key);
                }
            }
        }
        repeatedKeys.forEach(entries::remove);
        return entries;
    }

    private static java.util.Set<String> ourAllKeys(BibFile file) {
        return file.entries().map(e -> e.key().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    /** A value that uses a macro undefined at that point; the table remembers each undefined name once. */
    private static boolean usesForgotten(BibField field, MacroTable macros) {
        return field.value().stream().anyMatch(part -> part instanceof ValuePart.Macro macro
                && macros.undefined().contains(macro.name()));
    }

    /** BibTeX 0.99 reads a value with each run of white space as one space, and none at either end. */
    private static String normalize(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
