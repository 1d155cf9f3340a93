package org.bibfolio.cli;

import java.io.IOException;
import org.bibfolio.bibtex.LibrarySettings;
import org.bibfolio.sources.Identifiers;
import org.bibfolio.sources.Pacing;
import org.bibfolio.sources.ServiceSettings;
import org.bibfolio.sources.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The metadata services as a command reaches them: URLs, contact address and time-out from the environment and
 * the library's settings block, and identifiers checked before anything is sent.
 */
final class ServiceAccess {

    private ServiceAccess() {
    }

    static Services services(CliContext context, CommandSpec spec, LibrarySettings settings) throws IOException {
        try {
            return new Services(ServiceSettings.of(context::env, settings.value(ServiceSettings.MAILTO_SETTING),
                    VersionProvider.version()), Pacing.SYSTEM);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String doi(CommandSpec spec, String raw) {
        return Identifiers.doi(raw).orElseThrow(() -> new ParameterException(spec.commandLine(), "'" + raw
                + "' is not a DOI: a DOI looks like 10.1145/3184558.3186235 (https://doi.org/… is fine too)"));
    }

    static String arxiv(CommandSpec spec, String raw) {
        return Identifiers.arxiv(raw).orElseThrow(() -> new ParameterException(spec.commandLine(), "'" + raw
                + "' is not an arXiv id: new ids look like 2101.00001 (a version such as v2 may follow), old ones "
                + "like math/0211159"));
    }

    static String orcid(CommandSpec spec, String raw) {
        return Identifiers.orcid(raw).orElseThrow(() -> new ParameterException(spec.commandLine(), "'" + raw
                + (Identifiers.hasOrcidShape(raw) ? "' is not an ORCID iD: its last character, a check digit, does "
                + "not fit the others, so a digit is mistyped; copy the iD from your ORCID record"
                : "' is not an ORCID iD: it has four groups of four digits, the last of which may be X, "
                + "with a check digit (0000-0002-1825-0097)")));
    }
}
