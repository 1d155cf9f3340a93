package org.bibfolio.style;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.bibfolio.style.csl.CslStyles;

/**
 * Finds house styles by name or path. A name is looked up in {@code ./styles/NAME.toml} first (a user's copy wins),
 * then among the styles built into bibfolio (the repository's styles/ folder, packed into the jar).
 */
public final class StyleCatalog {

    private static final String BUILT_IN = "styles/";
    private static final String SUFFIX = ".toml";
    /**
     * The short names people call these CSL styles by, which the repository has no id for. A house style or CSL id
     * of the same name would win.
     */
    private static final Map<String, String> ALIASES = Map.of("mla", "modern-language-association",
            "chicago", "chicago-author-date", "acm", "acm-sig-proceedings");

    private final Path workingDirectory;

    public StyleCatalog(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * The style export uses: a house style by name or .toml path (rendered by CSL when its {@code [csl] style} names
     * one), else a CSL style by repository id or .csl path with the house style {@code profile}'s CV sections.
     * House styles keep precedence for their names. The CSL classes are loaded only on the CSL paths.
     */
    public Style resolve(String nameOrPath, String profile) throws StyleException {
        requireFileIfPath(nameOrPath);
        if (isHouseStyle(nameOrPath)) {
            HouseStyle house = load(nameOrPath);
            if (house.csl().style().isPresent()) {
                return CslStyles.style(cslId(house.csl().style().get()), workingDirectory, () -> house);
            }
            return house;
        }
        String csl = cslId(nameOrPath);
        if (CslStyles.exists(csl)) {
            return CslStyles.style(csl, workingDirectory, () -> load(profile));
        }
        throw new UnknownStyleException("unknown style '" + nameOrPath + "' (house styles: " + String.join(", ", names())
                + "; CSL styles: apa, ieee, chicago-author-date, nature… see 'bibfolio styles')");
    }

    /** The short names of CSL styles, in name order, each with the id of the style it stands for. */
    public static SortedMap<String, String> aliases() {
        return new TreeMap<>(ALIASES);
    }

    /**
     * Whether a house style's {@code [csl] style} names a CSL style: a path (a .csl name, or any name with a '/',
     * which the CSL loader reads as a file), a repository id or an alias.
     */
    static boolean isCslStyle(String name) {
        return name.contains("/") || CslStyles.exists(cslId(name));
    }

    /** The CSL style names a house style's {@code [csl] style} may take, for "did you mean": aliases, then ids. */
    static List<String> cslStyleNames() {
        List<String> all = new ArrayList<>(aliases().keySet());
        try {
            CslStyles.list().forEach(listing -> all.add(listing.id()));
        } catch (StyleException e) {
            // without the repository's listing, the aliases are still worth suggesting
        }
        return all;
    }

    /** The CSL style id a name stands for: an alias's style, else the name itself. */
    private static String cslId(String name) {
        return CslStyles.exists(name) ? name : ALIASES.getOrDefault(name, name);
    }

    /**
     * Every name {@code --style} accepts, for "did you mean": house styles, aliases and the repository's CSL ids
     * (reading the repository's listing takes a second, so only a refused name asks).
     */
    public List<String> styleNames() {
        List<String> all = new ArrayList<>(names());
        all.addAll(cslStyleNames());
        return all;
    }

    /** Whether {@link #resolve} takes this name or path for a house style, which brings its own CV sections. */
    public boolean isHouseStyle(String nameOrPath) {
        if (nameOrPath.endsWith(SUFFIX)) {
            return true;
        }
        return !nameOrPath.contains("/") && has(nameOrPath);
    }

    /**
     * Whether a house style of this name exists, in the user's styles/ folder or built in: two look-ups, where
     * {@link #names()} lists the whole jar (thousands of CSL files), which a start-up cannot afford.
     */
    public boolean has(String name) {
        return Files.isRegularFile(workingDirectory.resolve("styles").resolve(name + SUFFIX))
                || StyleCatalog.class.getClassLoader().getResource(BUILT_IN + name + SUFFIX) != null;
    }

    public HouseStyle load(String nameOrPath) throws StyleException {
        Path asPath = workingDirectory.resolve(nameOrPath);
        requireFileIfPath(nameOrPath);
        if (nameOrPath.endsWith(SUFFIX) || nameOrPath.contains("/")) {
            return fromFile(styleId(asPath), asPath, nameOrPath);
        }
        Path local = workingDirectory.resolve("styles").resolve(nameOrPath + SUFFIX);
        if (Files.isRegularFile(local)) {
            return fromFile(nameOrPath, local, "styles/" + nameOrPath + SUFFIX);
        }
        Optional<String> builtIn = builtIn(nameOrPath);
        if (builtIn.isEmpty()) {
            throw new UnknownStyleException("unknown style '" + nameOrPath + "' (available: "
                    + String.join(", ", names()) + ")");
        }
        return HouseStyleReader.read(nameOrPath, "styles/" + nameOrPath + SUFFIX, builtIn.get());
    }

    /** A style given by path (a .toml or .csl file, or any name with a '/') must be a file that exists. */
    private void requireFileIfPath(String nameOrPath) throws UnknownStyleException {
        boolean path = nameOrPath.endsWith(SUFFIX) || nameOrPath.endsWith(".csl") || nameOrPath.contains("/");
        if (path && !Files.exists(workingDirectory.resolve(nameOrPath))) {
            throw new UnknownStyleException("no such file: " + nameOrPath);
        }
    }

    /** Every style name this catalog can load: the user's styles/ folder and the built-in ones. */
    public SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>(builtInNames());
        Path local = workingDirectory.resolve("styles");
        if (Files.isDirectory(local)) {
            try (Stream<Path> files = Files.list(local)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                        .forEach(n -> names.add(n.substring(0, n.length() - SUFFIX.length())));
            } catch (IOException e) {
                // An unreadable folder only hides the user's styles from the list; loading reports it.
            }
        }
        return names;
    }

    /** Reads a style file; messages name it as the user wrote it ({@code shown}). */
    private static HouseStyle fromFile(String id, Path file, String shown) throws StyleException {
        try {
            return HouseStyleReader.read(id, shown, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StyleException("cannot read style " + file + ": " + e.getMessage());
        }
    }

    private static String styleId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private static Optional<String> builtIn(String name) throws StyleException {
        try (InputStream in = StyleCatalog.class.getClassLoader().getResourceAsStream(BUILT_IN + name + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StyleException("cannot read built-in style " + name + ": " + e.getMessage());
        }
    }

    /** Lists the built-in styles from the jar (or from the classes folder when run from the build). */
    private static SortedSet<String> builtInNames() {
        SortedSet<String> names = new TreeSet<>();
        try {
            Path location = Path.of(StyleCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(BUILT_IN))) {
                    files.map(p -> p.getFileName().toString()).forEach(n -> addStyle(names, n));
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(BUILT_IN))
                            .forEach(n -> addStyle(names, n.substring(BUILT_IN.length())));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Listing is a convenience for messages; loading by name still works.
        }
        return names;
    }

    private static void addStyle(SortedSet<String> names, String fileName) {
        if (fileName.endsWith(SUFFIX) && !fileName.contains("/")) {
            names.add(fileName.substring(0, fileName.length() - SUFFIX.length()));
        }
    }
}
