package org.bibfolio.sources;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bibfolio.bibtex.NameParser;
import org.bibfolio.model.PersonList;
import org.bibfolio.model.PersonName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The arXiv API: {@code GET {base}/query?id_list=ID,ID…&max_results=N} answers an Atom feed with one entry per paper
 * it knows (in no promised order, so entries are matched by their id), carrying {@code arxiv:doi} and
 * {@code arxiv:journal_ref} once a published version is recorded. arXiv asks for one request per three seconds.
 */
public final class Arxiv implements WorkSource {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    /** Ids per request: few enough for a short URL, many enough that a library's preprints take one or two. */
    private static final int BATCH = 40;

    private final HttpGet http;
    private final URI base;
    private final HttpGet.Service service;

    Arxiv(HttpGet http, URI base, RequestInterval interval) {
        this.http = http;
        this.base = base;
        this.service = new HttpGet.Service("arXiv", ServiceSettings.ARXIV_URL, interval);
    }

    @Override
    public String name() {
        return "arXiv";
    }

    @Override
    public Work work(String id) throws SourceException {
        Work work = works(List.of(id)).get(id);
        if (work == null) {
            throw new SourceException.UnknownWork("arXiv has no paper with id " + id,
                    Optional.of("check the id: new ones look like 2101.00001, old ones like math/0211159"));
        }
        return work;
    }

    /** Asks for the papers in batches; each answer's entries are matched to the ids asked by the paper's id. */
    @Override
    public Map<String, Work> works(List<String> ids) throws SourceException {
        Map<String, Work> works = new LinkedHashMap<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<String> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            Map<String, Work> found = feed(batch);
            for (String id : batch) {
                Optional.ofNullable(found.get(Identifiers.arxivPaper(id))).ifPresent(work -> works.put(id, work));
            }
        }
        return works;
    }

    private Map<String, Work> feed(List<String> ids) throws SourceException {
        String list = String.join(",", ids.stream().map(Identifiers::arxivPaper).toList());
        URI uri = URI.create(base + "/query?id_list=" + URLEncoder.encode(list, StandardCharsets.UTF_8)
                + "&max_results=" + ids.size());
        HttpGet.Answer answer = http.get(service, uri, "application/atom+xml");
        if (answer.status() != 200 && answer.status() != 400) {
            throw new SourceException.UnreadableAnswer("arXiv answered HTTP " + answer.status() + " for " + list,
                    null);
        }
        return parse(answer.body());
    }

    /** The papers of one feed by their version-less id; arXiv's error entries are skipped. */
    static Map<String, Work> parse(String xml) throws SourceException.UnreadableAnswer {
        Document document = SafeXml.parse(xml, "arXiv");
        Element feed = document.getDocumentElement();
        if (!"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
            throw new SourceException.UnreadableAnswer("arXiv's answer is not an Atom feed (its root is <"
                    + feed.getTagName() + ">)", null);
        }
        Map<String, Work> works = new LinkedHashMap<>();
        for (Element entry : SafeXml.children(feed, ATOM, "entry")) {
            Optional<String> id = SafeXml.text(entry, ATOM, "id")
                    .filter(url -> url.matches("https?://arxiv\\.org/abs/.+"))
                    .map(url -> url.substring(url.indexOf("/abs/") + 5));
            Optional<String> title = SafeXml.text(entry, ATOM, "title");
            if (id.isPresent() && title.isPresent()) {
                works.put(Identifiers.arxivPaper(id.get()), work(entry, id.get().replaceFirst("v\\d+$", ""),
                        title.get()));
            }
        }
        return works;
    }

    private static Work work(Element entry, String id, String title) {
        List<PersonName> authors = new ArrayList<>();
        for (Element author : SafeXml.children(entry, ATOM, "author")) {
            SafeXml.text(author, ATOM, "name").map(NameParser::parse).map(PersonList::names)
                    .filter(names -> !names.isEmpty()).ifPresent(names -> authors.add(names.get(0)));
        }
        Optional<String> published = SafeXml.text(entry, ATOM, "published").filter(d -> d.matches("\\d{4}-\\d\\d.*"));
        Optional<String> category = SafeXml.children(entry, ARXIV, "primary_category").stream().findFirst()
                .map(element -> element.getAttribute("term")).filter(term -> !term.isBlank());
        return new Work(Work.Kind.PREPRINT, title, authors, Optional.empty(), Optional.empty(),
                published.map(d -> Integer.parseInt(d.substring(0, 4))),
                published.map(d -> Integer.parseInt(d.substring(5, 7))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SafeXml.text(entry, ARXIV, "doi"), Optional.of(id),
                category.filter(c -> !id.contains("/")), SafeXml.text(entry, ARXIV, "journal_ref"));
    }
}
