package org.bibfolio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the CSL benchmark library (docs/benchmarks.md, "Citation styles"): the 59 entries of
 * src/test/resources/fixtures/csl/varied.bib repeated with new keys ({@code key-r2}, {@code key-r3}…) up to the
 * requested count, its @comment (the owner) once. Repeats keep same-author-same-year groups, so year suffixes grow
 * as they would in a large real library. Usage: {@code CslBenchLibrary OUT.bib [ENTRIES, default 10000]}.
 */
public final class CslBenchLibrary {

    private static final Pattern ENTRY = Pattern.compile("(?m)^@(?!comment)(\\w+)\\{([^,\\s]+),");

    private CslBenchLibrary() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String varied = Files.readString(Path.of("src/test/resources/fixtures/csl/varied.bib"),
                StandardCharsets.UTF_8);
        int firstEntry = varied.indexOf("\n@", varied.indexOf("@comment") + 1);
        String header = varied.substring(0, firstEntry + 1);
        String entries = varied.substring(firstEntry + 1);
        int perCopy = (int) ENTRY.matcher(entries).results().count();
        StringBuilder library = new StringBuilder(header);
        for (int copy = 1, written = 0; written < count; copy++) {
            String suffix = copy == 1 ? "" : "-r" + copy;
            Matcher m = ENTRY.matcher(entries);
            StringBuilder renamed = new StringBuilder();
            while (m.find()) {
                String head = "@" + m.group(1) + "{" + m.group(2) + suffix + ",";
                m.appendReplacement(renamed, Matcher.quoteReplacement(head));
            }
            m.appendTail(renamed);
            String block = renamed.toString();
            if (written + perCopy > count) {
                // the last copy only up to the count: cut before the entry that would pass it
                Matcher cut = ENTRY.matcher(block);
                for (int i = 0; i <= count - written && cut.find(); i++) {
                    block = i == count - written ? block.substring(0, cut.start()) : block;
                }
            }
            library.append(block).append('\n');
            written += Math.min(perCopy, count - written);
        }
        Files.writeString(out, library, StandardCharsets.UTF_8);
    }
}
