package org.bibfolio.sources;

import java.time.Duration;

/**
 * The metadata services one command talks to, sharing one HTTP client and keeping each service's pace across every
 * request the command makes: arXiv's one request per three seconds, and no limit for Crossref and ORCID, whose
 * answers say when to slow down (429 with Retry-After).
 */
public final class Services {

    /** arXiv's terms of use: "no more than one request every three seconds". */
    public static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

    private final Crossref crossref;
    private final Arxiv arxiv;
    private final Orcid orcid;

    public Services(ServiceSettings settings, Pacing pacing) {
        HttpGet http = new HttpGet(settings, pacing);
        this.crossref = new Crossref(http, settings.crossref(), new RequestInterval(Duration.ZERO, pacing));
        this.arxiv = new Arxiv(http, settings.arxiv(), new RequestInterval(ARXIV_INTERVAL, pacing));
        this.orcid = new Orcid(http, settings.orcid(), new RequestInterval(Duration.ZERO, pacing));
    }

    public WorkSource crossref() {
        return crossref;
    }

    public WorkSource arxiv() {
        return arxiv;
    }

    public AuthorSource orcid() {
        return orcid;
    }
}
