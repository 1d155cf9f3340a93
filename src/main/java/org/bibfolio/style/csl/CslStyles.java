package org.bibfolio.style.csl;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.bibfolio.model.Background;
import org.bibfolio.style.HouseStyle;
import org.bibfolio.style.Style;
import org.bibfolio.style.StyleException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The CSL styles of the official repository (the org.citationstyles:styles jar) by id, and .csl files by path. */
public final class CslStyles {

    private static final String SUFFIX = ".csl";
    /** The repository keeps styles that only rename another (journals using APA…) in this folder. */
    private static final String DEPENDENT = "dependent/";
    private static final Pattern BIBLIOGRAPHY = Pattern.compile("<(?:[\\w.-]+:)?bibliography[\\s>/]");

    /** One style of the repository for the {@code styles} listing. */
    public record Listing(String id, String title) { }

    private CslStyles() {
    }

    /** True for a .csl path or an id of the repository; cheap, reads nothing. */
    public static boolean exists(String idOrPath) {
        return idOrPath.endsWith(SUFFIX) || resource(idOrPath).isPresent();
    }

    /** The house style whose CV sections, owner emphasis and appended extras a CSL style is rendered with. */
    @FunctionalInterface
    public interface Profile {
        HouseStyle read() throws StyleException;
    }

    /**
     * A CSL style by id or .csl path, with {@code profile}'s CV sections, owner emphasis and appended extras; the
     * profile is read once the style's own thread has started, so that the two overlap.
     */
    public static Style style(String idOrPath, Path workingDirectory, Profile profile) throws StyleException {
        // Read here, so that a missing or broken style is refused now; adjusted and parsed by citeproc-java on a
        // thread of its own while the command reads the library and converts its entries.
        Source source = source(idOrPath, workingDirectory);
        FutureTask<CslStyle> adjusted = new FutureTask<>(source::adjusted);
        FutureTask<CslBibliography.Engine> engine = Background.start("bibfolio-csl", () -> {
            adjusted.run();
            return CslBibliography.Engine.warmedUp(Background.unchecked(adjusted));
        });
        return new CslRenderer(source.id(), profile.read(), adjusted, engine);
    }

    static CslStyle load(String idOrPath, Path workingDirectory) throws StyleException {
        return source(idOrPath, workingDirectory).adjusted();
    }

    /** A style as read: its id and title, and the XML it renders with (its parent's, for a dependent style). */
    private record Source(String id, String title, String rendering) {

        /** The style with what citeproc-java needs changed, to render as the CSL specification says. */
        CslStyle adjusted() {
            return CslStyle.of(id, title, CitationNumbers.mark(NamesDelimiters.apply(SubstituteNames.apply(rendering))));
        }
    }

    private static Source source(String idOrPath, Path workingDirectory) throws StyleException {
        if (idOrPath.endsWith(SUFFIX) || idOrPath.contains("/")) {
            Path file = workingDirectory.resolve(idOrPath);
            try {
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                requireWellFormed(idOrPath, xml);
                String name = file.getFileName().toString();
                return independent(name.substring(0, name.length() - SUFFIX.length()), xml);
            } catch (IOException e) {
                throw new StyleException("cannot read CSL style " + idOrPath + ": " + e.getMessage());
            }
        }
        return independent(idOrPath, read(idOrPath));
    }

    /**
     * A user's style file that is not well-formed XML, refused as {@code file:line:column} here: citeproc-java would
     * fail on it later, in the middle of the export, after printing the XML parser's own line on stderr.
     */
    private static void requireWellFormed(String source, String xml) throws StyleException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw StyleException.at(source, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new StyleException("cannot read CSL style " + source + ": " + e.getMessage());
        }
    }

    /** A dependent style only names its parent: render with the parent's XML under the dependent's title. */
    private static Source independent(String id, String xml) throws StyleException {
        Optional<String> parent = CslStyle.parentOf(xml);
        String rendering = parent.isPresent() ? read(parent.get()) : xml;
        if (!BIBLIOGRAPHY.matcher(rendering).find()) {
            // 81 of the repository's 2,655 independent styles are note styles that format citations only
            throw new StyleException("CSL style '" + id + "' has no bibliography (it formats citations only), so it "
                    + "cannot list publications; choose a style with a bibliography (see 'bibfolio styles')");
        }
        return new Source(id, CslStyle.titleOf(xml), rendering);
    }

    private static String read(String id) throws StyleException {
        URL url = resource(id).orElseThrow(() -> new StyleException("unknown CSL style '" + id + "'"));
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StyleException("cannot read CSL style " + id + ": " + e.getMessage());
        }
    }

    private static Optional<URL> resource(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        ClassLoader loader = CslStyles.class.getClassLoader();
        return Optional.ofNullable(loader.getResource(id + SUFFIX))
                .or(() -> Optional.ofNullable(loader.getResource(DEPENDENT + id + SUFFIX)));
    }

    /** Every style of the repository with its title, in id order. Reads the title of each of ~10,500 files. */
    public static List<Listing> list() throws StyleException {
        URL apa = resource("apa").orElseThrow(() -> new StyleException("the CSL style repository is missing"));
        List<Listing> listings = new ArrayList<>();
        try {
            JarURLConnection connection = (JarURLConnection) apa.openConnection();
            try (JarFile jar = new JarFile(connection.getJarFileURL().getPath())) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    String file = name.startsWith(DEPENDENT) ? name.substring(DEPENDENT.length()) : name;
                    if (file.endsWith(SUFFIX) && !file.contains("/")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                            listings.add(new Listing(file.substring(0, file.length() - SUFFIX.length()),
                                    CslStyle.titleOf(head)));
                        }
                    }
                }
            }
        } catch (IOException | ClassCastException e) {
            throw new StyleException("cannot list the CSL styles: " + e.getMessage());
        }
        listings.sort((a, b) -> a.id().compareTo(b.id()));
        return listings;
    }
}
