package org.bibfolio.sources;

import java.util.List;

/** A service that lists a person's works: ORCID by ORCID iD. */
public interface AuthorSource {

    String name();

    /**
     * Every work the service lists for the person, as it describes them (often without authors).
     *
     * @throws SourceException.UnknownWork when the service has no such person
     */
    List<Work> worksOf(String personId) throws SourceException;
}
