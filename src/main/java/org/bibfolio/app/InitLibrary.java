package org.bibfolio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.FileStyle;
import org.bibfolio.bibtex.KeyGenerator;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.sources.ServiceSettings;

/**
 * {@code bibfolio init}: a new library holding only its settings block, or the settings block put at the top of an
 * existing {@code .bib} (every other byte unchanged); and a {@code .gitignore} beside it naming bibfolio's own
 * files, the search index folder and the lock file, so a library kept in git shows only what the user wrote.
 */
public final class InitLibrary {

    /**
     * What init did: whether it created the file, added the settings, and which ignore lines it wrote; and for a
     * library that had its settings already, what it changed in them (or found there already), one line each.
     */
    public record Result(boolean created, boolean settingsAdded, List<String> ignoreLines, List<String> changes) { }

    private InitLibrary() {
    }

    /** The settings block for these owner variants ("Family, Given") and contact address. */
    static String settingsBlock(List<String> owners, Optional<String> mailto, String newline) {
        List<String> lines = new ArrayList<>(List.of("@comment{bibfolio:"));
        if (!owners.isEmpty()) {
            lines.add("  owner = " + String.join(" and ", owners));
        }
        lines.add("  " + AddPaper.KEY_PATTERN_SETTING + " = " + KeyGenerator.DEFAULT_PATTERN);
        mailto.ifPresent(address -> lines.add("  " + ServiceSettings.MAILTO_SETTING + " = " + address));
        lines.add("}");
        return String.join(newline, lines) + newline;
    }

    public static Result init(Path library, String displayName, List<String> owners, Optional<String> mailto)
            throws IOException, BibSyntaxException, EntryRejectedException, UnknownKeyException {
        boolean created = false;
        boolean settingsAdded = false;
        List<String> changes = new ArrayList<>();
        AtomicBoolean hadSettings = new AtomicBoolean();
        if (!Files.exists(library)) {
            AtomicFiles.write(library, settingsBlock(owners, mailto, "\n").getBytes(StandardCharsets.UTF_8));
            created = true;
        } else {
            LibraryUpdate.Result result = new LibraryUpdate(library, displayName).run(loaded -> {
                String newline = FileStyle.of(loaded.file()).newline();
                Optional<BibItem.Comment> settings = settings(loaded);
                hadSettings.set(settings.isPresent());
                String text;
                if (settings.isPresent()) {
                    SettingsEdit.Result edit = SettingsEdit.apply(loaded, settings.get(), owners, mailto, newline);
                    changes.clear();
                    changes.addAll(edit.changes());
                    text = edit.text();
                } else {
                    text = settingsBlock(owners, mailto, newline) + newline + loaded.file().text();
                }
                try {
                    LibraryReader.read(loaded.file().source(), text, loaded.file().charset());
                } catch (BibSyntaxException e) {
                    throw new EntryRejectedException("the settings would not parse: " + e.getMessage());
                }
                return new LibraryUpdate.Edit(text, List.of(), List.of());
            }, false);
            settingsAdded = result.written() && !hadSettings.get();
        }
        return new Result(created, created || settingsAdded, ignore(library), List.copyOf(changes));
    }

    private static Optional<BibItem.Comment> settings(LibraryReader.Loaded loaded) {
        return loaded.file().items().stream().filter(BibItem.Comment.class::isInstance).map(BibItem.Comment.class::cast)
                .filter(comment -> comment.content().strip().startsWith("bibfolio:")).findFirst();
    }

    /** Adds the lines git needs to ignore bibfolio's files to the .gitignore beside the library; the lines added. */
    private static List<String> ignore(Path library) throws IOException {
        Path absolute = library.toAbsolutePath();
        Path gitignore = absolute.resolveSibling(".gitignore");
        String lockName = LibraryLock.lockFileOf(absolute).getFileName().toString();
        String existing = Files.exists(gitignore) ? Files.readString(gitignore, StandardCharsets.UTF_8) : "";
        List<String> present = existing.lines().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        if (present.stream().noneMatch(line -> line.matches("/?\\.bibfolio/?"))) {
            missing.add("/.bibfolio/");
        }
        if (present.stream().noneMatch(line -> line.equals(lockName) || line.equals("/" + lockName)
                || line.equals("*.lock"))) {
            missing.add("/" + lockName);
        }
        if (!missing.isEmpty()) {
            String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
            String added = separator + "# bibfolio's own files: the search index and the lock file\n"
                    + String.join("\n", missing) + "\n";
            AtomicFiles.write(gitignore, (existing + added).getBytes(StandardCharsets.UTF_8));
        }
        return missing;
    }
}
