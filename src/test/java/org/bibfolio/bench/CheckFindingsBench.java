package org.bibfolio.bench;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bibfolio.app.Finding;
import org.bibfolio.app.LibraryCheck;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.testing.TexLiveFiles;

/**
 * How noisy {@code check} is on real libraries (issue 9 item 4; figures in docs/benchmarks.md): findings per 1,000
 * entries, by rule and severity, over (a) every TeX Live .bib file checked on its own and (b) Beebe's
 * bibliographies concatenated with each key kept once (9,251 entries). Not a test; run after
 * {@code mvn -DskipTests package} with:
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.bibfolio.bench.CheckFindingsBench [--list RULE]</pre>
 * {@code --list RULE} prints every finding of that rule, to read what it reports.
 */
public final class CheckFindingsBench {

    private CheckFindingsBench() {
    }

    /** Findings of one corpus: how many entries were checked and what was found. */
    private record Tally(int entries, List<Finding> findings) { }

    public static void main(String[] args) throws Exception {
        String listed = args.length == 2 && args[0].equals("--list") ? args[1] : null;
        Path folder = Files.createTempDirectory("bibfolio-check-bench");
        List<Finding> all = new ArrayList<>();
        int entries = 0;
        for (Path file : TexLiveFiles.all()) {
            Path copy = folder.resolve("one.bib");
            Files.write(copy, TexLiveFiles.read(file));
            Tally tally = check(copy, file.toString());
            entries += tally.entries();
            all.addAll(tally.findings());
        }
        Path beebe = folder.resolve("beebe.bib");
        int beebeEntries = concatenateDistinct(beebe);
        Tally beebeTally = new Tally(beebeEntries, check(beebe, "beebe.bib").findings());
        print("all TeX Live .bib files", new Tally(entries, all));
        print("Beebe, concatenated, each key once", beebeTally);
        if (listed != null) {
            all.stream().filter(f -> f.rule().id().equals(listed)).forEach(System.out::println);
            beebeTally.findings().stream().filter(f -> f.rule().id().equals(listed)).forEach(System.out::println);
        }
    }

    private static Tally check(Path file, String name) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new Tally(countEntries(bytes), LibraryCheck.run(file, name));
    }

    /** Lines that start an entry (not @string, @preamble, @comment): the same count whatever the parser thinks. */
    private static int countEntries(byte[] bytes) {
        String text = LibraryReader.decode(bytes).text();
        int count = 0;
        for (String line : text.split("\\R")) {
            String start = line.stripLeading().toLowerCase(Locale.ROOT);
            if (start.matches("@\\s*[a-z]+\\s*[{(].*") && !start.matches("@\\s*(string|preamble|comment)\\b.*")) {
                count++;
            }
        }
        return count;
    }

    /** Beebe's files one after the other, an entry whose key came before left out; returns the entry count. */
    private static int concatenateDistinct(Path target) throws Exception {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        try (var files = Files.list(TexLiveFiles.BEEBE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bib")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Charset charset = LibraryReader.detectCharset(bytes);
                BibFile parsed = BibParser.parse(file.toString(), new String(bytes, charset), charset);
                for (BibItem item : parsed.items()) {
                    if (!(item instanceof BibItem.Entry entry) || keys.add(entry.key().toLowerCase(Locale.ROOT))) {
                        out.append(parsed.textOf(item));
                    }
                }
                out.append('\n');
            }
        }
        Files.writeString(target, out.toString());
        return keys.size();
    }

    private static void print(String corpus, Tally tally) {
        Map<String, int[]> byRule = new TreeMap<>();
        int errors = 0;
        for (Finding finding : tally.findings()) {
            int[] counts = byRule.computeIfAbsent(finding.rule().id(), rule -> new int[2]);
            counts[finding.severity() == Finding.Severity.ERROR ? 0 : 1]++;
            errors += finding.severity() == Finding.Severity.ERROR ? 1 : 0;
        }
        int warnings = tally.findings().size() - errors;
        System.out.printf(Locale.ROOT, "%n%s: %,d entries, %,d errors (%.1f per 1,000), %,d warnings (%.1f per 1,000)%n",
                corpus, tally.entries(), errors, perThousand(errors, tally), warnings, perThousand(warnings, tally));
        System.out.println("| rule | errors | per 1,000 | warnings | per 1,000 |");
        System.out.println("|---|---:|---:|---:|---:|");
        byRule.forEach((rule, counts) -> System.out.printf(Locale.ROOT, "| `%s` | %,d | %.2f | %,d | %.2f |%n",
                rule, counts[0], perThousand(counts[0], tally), counts[1], perThousand(counts[1], tally)));
    }

    private static double perThousand(int count, Tally tally) {
        return tally.entries() == 0 ? 0 : 1000.0 * count / tally.entries();
    }
}
