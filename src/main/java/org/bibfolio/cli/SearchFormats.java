package org.bibfolio.cli;

import java.util.ArrayList;
import java.util.List;
import org.bibfolio.app.Formats;

/** {@code search --format}: its own lines, json and bibtex, and the markup formats of export. */
final class SearchFormats extends ChoiceConverter {

    static final String LINES = "lines";
    static final String JSON = "json";
    static final String BIBTEX = "bibtex";

    @Override
    List<String> choices() {
        List<String> formats = new ArrayList<>(List.of(LINES, JSON, BIBTEX));
        formats.addAll(Formats.markupNames());
        return formats;
    }
}
