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
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.files.WorkFolder;
import org.bibfolio.sources.ServiceSettings;

/**
 * {@code bibfolio init}: a new library holding only its settings block, or the settings block put at the top of an
 * existing {@code .bib} (every other byte unchanged). The user's own files are left alone: git needs no
 * {@code .gitignore} line for bibfolio, whose lock, index and temp files all live in {@code .bibfolio/}, which
 * ignores itself ({@link WorkFolder}). A new library is written like every library, from a temp file in that folder
 * under the lock, so even a killed {@code init} leaves nothing beside it.
 */
public final class InitLibrary {

    /**
     * What init did: whether it created the file and whether it added the settings; and for a library that had its
     * settings already, what it changed in them (or found there already), one line each.
     */
    public record Result(boolean created, boolean settingsAdded, List<String> changes) { }

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
        if (!Files.exists(library) && create(library, displayName, settingsBlock(owners, mailto, "\n"))) {
            return new Result(true, true, List.of());
        }
        List<String> changes = new ArrayList<>();
        AtomicBoolean hadSettings = new AtomicBoolean();
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
        return new Result(false, result.written() && !hadSettings.get(), List.copyOf(changes));
    }

    /** Writes a new library under its lock; false when another process created it meanwhile. */
    private static boolean create(Path library, String displayName, String text) throws IOException {
        WorkFolder work = WorkFolder.of(library);
        AtomicFiles.requireWritable(work.library(), displayName);
        try (LibraryLock lock = LibraryLock.acquire(work.library(), LibraryLock.DEFAULT_WAIT)) {
            AtomicFiles.recover(work);
            if (Files.exists(work.library())) {
                return false;
            }
            AtomicFiles.writeLibrary(work, text.getBytes(StandardCharsets.UTF_8), displayName);
            return true;
        }
    }

    private static Optional<BibItem.Comment> settings(LibraryReader.Loaded loaded) {
        return loaded.file().items().stream().filter(BibItem.Comment.class::isInstance).map(BibItem.Comment.class::cast)
                .filter(LibrarySettings::isSettings).findFirst();
    }
}
