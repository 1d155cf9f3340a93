package org.bibfolio.cli;

import java.util.List;
import org.bibfolio.app.Formats;

/** {@code export --format}: every registered export format, markup formats first. */
final class ExportFormats extends ChoiceConverter {

    @Override
    List<String> choices() {
        return Formats.names();
    }
}
