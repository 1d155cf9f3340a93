package org.bibfolio.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service that describes a work by its identifier: Crossref by DOI, arXiv by arXiv id. */
public interface WorkSource {

    /** The service's name, as messages say it. */
    String name();

    /**
     * The work {@code id} names.
     *
     * @throws SourceException.UnknownWork when the service knows no such work
     */
    Work work(String id) throws SourceException;

    /**
     * The works several identifiers name, by identifier; one the service does not know is left out. A service that
     * answers many in one request (arXiv) overrides this.
     */
    default Map<String, Work> works(List<String> ids) throws SourceException {
        Map<String, Work> works = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                works.put(id, work(id));
            } catch (SourceException.UnknownWork e) {
                // left out, as documented
            }
        }
        return works;
    }
}
