package org.bibfolio.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import org.bibfolio.style.StyleCatalog;
import org.bibfolio.style.StyleException;
import org.bibfolio.style.csl.CslStyles;

/** The {@code styles} use case: every style export accepts, house styles first, optionally filtered by a text. */
public final class StyleList {

    /** One style: its name for {@code --style}, {@code house} or {@code csl}, and its title. */
    public record Row(String id, String kind, String title) { }

    private StyleList() {
    }

    /** Styles whose id or title contains {@code search} (ignoring case); all when it is empty. */
    public static List<Row> list(StyleCatalog catalog, String search) throws StyleException {
        String needle = search.toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        SortedSet<String> houseNames = catalog.names();
        for (String name : houseNames) {
            rows.add(new Row(name, "house", catalog.load(name).title()));
        }
        List<CslStyles.Listing> listings = CslStyles.list();
        Map<String, String> titles = new HashMap<>();
        listings.forEach(listing -> titles.put(listing.id(), listing.title()));
        // the short names next to the house styles, where a reader looks first; a house style of the name wins
        StyleCatalog.aliases().forEach((alias, id) -> {
            if (!houseNames.contains(alias)) {
                rows.add(new Row(alias, "csl", titles.getOrDefault(id, id) + " (short for " + id + ")"));
            }
        });
        for (CslStyles.Listing listing : listings) {
            if (!houseNames.contains(listing.id())) {
                rows.add(new Row(listing.id(), "csl", listing.title()));
            }
        }
        return rows.stream().filter(r -> needle.isEmpty() || r.id().toLowerCase(Locale.ROOT).contains(needle)
                || r.title().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }
}
