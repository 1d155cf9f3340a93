package org.bibfolio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code --version}: the version and the git commit it was built from, from the version.properties that Maven
 * fills in at build time (a build outside git, or a run from unfiltered classes, says "unknown").
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties built = properties();
        return new String[] {"bibfolio " + value(built, "version") + " (commit " + value(built, "commit") + ")"};
    }

    /** The version Maven filled in, "unknown" when run from classes without the filtered resource. */
    static String version() throws IOException {
        return value(properties(), "version");
    }

    private static String value(Properties properties, String name) {
        String value = properties.getProperty(name, "").strip();
        return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties;
    }
}
