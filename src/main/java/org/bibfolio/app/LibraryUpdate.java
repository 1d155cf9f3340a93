package org.bibfolio.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bibfolio.bibtex.BibFile;
import org.bibfolio.bibtex.BibItem;
import org.bibfolio.bibtex.BibParser;
import org.bibfolio.bibtex.BibSyntaxException;
import org.bibfolio.bibtex.LibraryNotFoundException;
import org.bibfolio.bibtex.LibraryReader;
import org.bibfolio.bibtex.NotALibraryFileException;
import org.bibfolio.files.WorkFolder;

/**
 * One change to the library, done safely: refuse a read-only library before anything is written, take the lock,
 * finish or clear what a writer that died left behind, read the library afresh (so a change made by another process
 * while we waited is not lost), compute the new text, check that it parses, and write it atomically in the file's
 * own charset, at the library's real path (a symlink stays a symlink). A library that does not parse is never written (reading throws first), and the new text
 * was parsed by {@link org.bibfolio.bibtex.BibEditor} after every step; a failure at any step leaves the old file.
 */
public final class LibraryUpdate {

    /** The change itself, computed from the library as read under the lock. */
    @FunctionalInterface
    public interface Change {
        Edit apply(LibraryReader.Loaded library) throws EntryRejectedException, UnknownKeyException;
    }

    /**
     * A change that only appends entries ({@code add}): it can work on a skim of the library ({@link LibrarySkim}),
     * which keeps of its entries those the change {@link #needs} and every key, rather than the whole parse.
     */
    public interface Append extends Change {
        /** The entries the change needs to see beyond every key; empty when it needs the whole library. */
        Optional<Predicate<BibItem.Entry>> needs();

        Edit apply(LibrarySkim skim) throws EntryRejectedException;
    }

    /**
     * A change's result: the library's new text, the entries it touched, warnings worth showing, and notes on what
     * the change means (the CV list a paper moved to).
     */
    public record Edit(String text, List<EntryDiff> diffs, List<String> warnings, List<String> notes) {
        public Edit {
            diffs = List.copyOf(diffs);
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }

        public Edit(String text, List<EntryDiff> diffs, List<String> warnings) {
            this(text, diffs, warnings, List.of());
        }
    }

    /** What happened: the edit, and whether the file was written (not on a dry run, nor when nothing changed). */
    public record Result(Edit edit, boolean written) { }

    private final Path path;
    private final String displayName;
    private final Duration lockWait;

    public LibraryUpdate(Path path, String displayName, Duration lockWait) {
        this.path = path;
        this.displayName = displayName;
        this.lockWait = lockWait;
    }

    public LibraryUpdate(Path path, String displayName) {
        this(path, displayName, LibraryLock.DEFAULT_WAIT);
    }

    public Result run(Change change, boolean dryRun)
            throws IOException, BibSyntaxException, EntryRejectedException, UnknownKeyException {
        if (dryRun) {
            if (change instanceof Append append && append.needs().isPresent()) {
                return new Result(apply(change, bytes()).edit(), false);
            }
            return new Result(change.apply(readWhole()), false);
        }
        WorkFolder work = WorkFolder.of(path);
        // checked before the lock, which would make .bibfolio/ for a library that is not there
        if (!Files.exists(work.library())) {
            throw new LibraryNotFoundException(displayName);
        }
        if (!Files.isRegularFile(work.library())) {
            throw new NotALibraryFileException(displayName);
        }
        AtomicFiles.requireWritable(work.library(), displayName);
        try (LibraryLock lock = LibraryLock.acquire(work.library(), lockWait)) {
            AtomicFiles.recover(work);
            byte[] bytes = Files.readAllBytes(work.library());
            Applied applied = apply(change, bytes);
            Edit edit = applied.edit();
            BibFile file = applied.file();
            if (edit.text().equals(file.text())) {
                return new Result(edit, false);
            }
            AtomicFiles.writeLibrary(work, encode(edit.text(), file, bytes), displayName);
            return new Result(edit, true);
        }
    }

    /**
     * The library, refused when an entry in it is broken: the edit would be written around text nobody read. Its
     * entries are mapped to the model only as the change asks ({@link LibraryReader#readForEdit}).
     */
    private LibraryReader.Loaded readWhole() throws IOException, BibSyntaxException {
        LibraryReader.Loaded library = LibraryReader.readForEdit(path, displayName);
        library.file().requireWellFormed();
        return library;
    }

    /** A change's edit, and the file it was made on. */
    private record Applied(Edit edit, BibFile file) { }

    /**
     * The change applied to the library of {@code bytes} (read under the lock; the write reuses them): on a skim
     * when it only appends and the skim can serve it, else on the whole parse.
     */
    private Applied apply(Change change, byte[] bytes)
            throws BibSyntaxException, EntryRejectedException, UnknownKeyException {
        LibraryReader.Decoded decoded = LibraryReader.decode(bytes);
        if (change instanceof Append append && append.needs().isPresent()) {
            Optional<LibrarySkim> skim = LibrarySkim.of(displayName, decoded, append.needs().get());
            if (skim.isPresent()) {
                BibFile file = skim.get().library().file().requireWellFormed();
                return new Applied(append.apply(skim.get()), file);
            }
        }
        BibFile file = BibParser.parse(displayName, decoded.text(), decoded.charset()).requireWellFormed();
        return new Applied(change.apply(LibraryReader.lazily(file)), file);
    }

    /** The library's bytes, for a dry run (which takes no lock). */
    private byte[] bytes() throws IOException {
        if (!Files.exists(path)) {
            throw new LibraryNotFoundException(displayName);
        }
        if (!Files.isRegularFile(path)) {
            throw new NotALibraryFileException(displayName);
        }
        return Files.readAllBytes(path);
    }

    /**
     * The new text in the file's charset; refuses characters a Latin-1 file cannot hold instead of writing '?'.
     * When the new text only appends to the old ({@code add}), the old part is the file's own {@code bytes} (they
     * decode to it, and it encodes back to them), and only what is appended is encoded.
     */
    private static byte[] encode(String text, BibFile file, byte[] bytes) throws IOException {
        if (!text.startsWith(file.text())) {
            return encode(CharBuffer.wrap(text), file);
        }
        byte[] tail = encode(CharBuffer.wrap(text, file.text().length(), text.length()), file);
        byte[] out = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, out, bytes.length, tail.length);
        return out;
    }

    private static byte[] encode(CharBuffer text, BibFile file) throws IOException {
        try {
            ByteBuffer bytes = file.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(text);
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException(file.source() + " is " + file.charset().name()
                    + " and cannot hold the new text; write the character as LaTeX (e.g. \\\"{u})", e);
        }
    }
}
