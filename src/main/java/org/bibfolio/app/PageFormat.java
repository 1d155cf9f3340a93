package org.bibfolio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bibfolio.bibtex.LatexDecoder;
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.model.PersonName;
import org.bibfolio.style.format.HtmlPage;

/**
 * {@code --format html}: the publication page ({@code --standalone}) or the same list as a fragment. The header
 * comes from the settings block: {@code name}, {@code affiliation}, {@code title}, {@code lang} and the profile
 * links {@code homepage}, {@code email}, {@code orcid}, {@code scholar}, {@code github}, {@code dblp}.
 */
final class PageFormat implements ExportFormat {

    static final String DEFAULT_TITLE = "Publications";

    private final boolean groupByYear;

    PageFormat(boolean groupByYear) {
        this.groupByYear = groupByYear;
    }

    @Override
    public String write(Export export) {
        LibrarySettings settings = export.source().settings();
        Optional<String> name = ownerName(settings);
        String title = setting(settings, "title")
                .orElse(name.map(n -> n + " – " + DEFAULT_TITLE).orElse(DEFAULT_TITLE));
        HtmlPage.Header header = new HtmlPage.Header(name.orElse(DEFAULT_TITLE), setting(settings, "affiliation"),
                profiles(settings));
        ShareableBibtex bibtex = new ShareableBibtex(export.source());
        HtmlPage.Page page = new HtmlPage.Page(settings.value("lang").orElse("en"), title, header, export.sections(),
                export.headings(), groupByYear, bibtex::of);
        return export.standalone() ? HtmlPage.standalone(page) : HtmlPage.fragment(page);
    }

    /** The {@code name} setting, else the owner's first name variant as a person writes it ("Libin Zhu"). */
    static Optional<String> ownerName(LibrarySettings settings) {
        return setting(settings, "name")
                .or(() -> settings.owner().variants().stream().findFirst().map(PersonName::display));
    }

    /** A setting as text: the block may be written in LaTeX ({@code Universit\"at}), as a .bib file is. */
    static Optional<String> setting(LibrarySettings settings, String key) {
        return settings.value(key).map(LatexDecoder::decode).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The header's links, in this order; an ORCID iD, Scholar user id or GitHub name alone is made a link. */
    private static List<HtmlPage.Profile> profiles(LibrarySettings settings) {
        List<HtmlPage.Profile> profiles = new ArrayList<>();
        settings.value("homepage").ifPresent(url -> profiles.add(new HtmlPage.Profile("Homepage", url)));
        settings.value("email").ifPresent(mail -> profiles.add(new HtmlPage.Profile("Email",
                mail.startsWith("mailto:") ? mail : "mailto:" + mail)));
        settings.value("orcid").ifPresent(id -> profiles.add(new HtmlPage.Profile("ORCID",
                link(id, "https://orcid.org/"))));
        settings.value("scholar").ifPresent(id -> profiles.add(new HtmlPage.Profile("Google Scholar",
                link(id, "https://scholar.google.com/citations?user="))));
        settings.value("github").ifPresent(id -> profiles.add(new HtmlPage.Profile("GitHub",
                link(id, "https://github.com/"))));
        settings.value("dblp").ifPresent(url -> profiles.add(new HtmlPage.Profile("dblp", link(url,
                "https://dblp.org/pid/"))));
        return profiles;
    }

    private static String link(String value, String prefix) {
        return value.contains("://") ? value : prefix + value;
    }
}
