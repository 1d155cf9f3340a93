package org.bibfolio.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.bibfolio.model.Folding;
import org.bibfolio.search.QueryNode.Match;

/** Turns a parsed query into a Lucene {@link Query} over the fields of {@link IndexSchema}. */
final class QueryBuilder {

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(QueryNode node) {
        if (node instanceof QueryNode.And and) {
            return combine(and.parts(), Occur.MUST);
        }
        if (node instanceof QueryNode.Or or) {
            return combine(or.parts(), Occur.SHOULD);
        }
        if (node instanceof QueryNode.Not not) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(build(not.negated()), Occur.MUST_NOT).build();
        }
        if (node instanceof QueryNode.YearRange range) {
            return IntField.newRangeQuery(IndexSchema.YEAR, range.from().orElse(Integer.MIN_VALUE),
                    range.to().orElse(Integer.MAX_VALUE));
        }
        return term((QueryNode.Term) node);
    }

    private Query combine(List<QueryNode> parts, Occur occur) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        parts.forEach(part -> builder.add(build(part), occur));
        return builder.build();
    }

    private Query term(QueryNode.Term term) {
        String folded = Folding.fold(term.text());
        return switch (term.field()) {
            case ANY -> either(text(IndexSchema.TITLE, term), text(IndexSchema.ABSTRACT, term),
                    text(IndexSchema.VENUE, term), text(IndexSchema.TAG, term), text(IndexSchema.KEYWORDS, term),
                    NameQueries.of(term));
            case TITLE -> text(IndexSchema.TITLE, term);
            case ABSTRACT -> text(IndexSchema.ABSTRACT, term);
            case VENUE -> text(IndexSchema.VENUE, term);
            case AUTHOR -> NameQueries.of(term);
            case YEAR -> IntField.newExactQuery(IndexSchema.YEAR, Integer.parseInt(term.text()));
            case STATUS -> keyword(IndexSchema.STATUS, term.text().toLowerCase(Locale.ROOT), term);
            case KEY -> keyword(IndexSchema.KEY, term.text().toLowerCase(Locale.ROOT), term);
            case TAG -> text(IndexSchema.TAG, term);
            case KEYWORDS -> text(IndexSchema.KEYWORDS, term);
            case TYPE -> keyword(IndexSchema.TYPE, folded, term);
            case SELECTED -> keyword(IndexSchema.SELECTED, folded, term);
        };
    }

    static Query keyword(String field, String value, QueryNode.Term term) {
        return switch (term.match()) {
            case PREFIX -> new PrefixQuery(new Term(field, value));
            case FUZZY -> new FuzzyQuery(new Term(field, value), term.edits());
            default -> new TermQuery(new Term(field, value));
        };
    }

    /**
     * Analysed text: a word or phrase through the index's analyzer. A prefix or fuzzy term is looked up folded as
     * typed and, in a stemmed field, as its stem too: {@code optimizers*} finds the stem "optimize".
     */
    private Query text(String field, QueryNode.Term term) {
        List<String> words = analyze(field, term.text());
        if (term.match() == Match.PREFIX || term.match() == Match.FUZZY) {
            String typed = Folding.fold(term.text());
            Query query = keyword(field, typed, term);
            return words.size() == 1 && !words.get(0).equals(typed)
                    ? either(query, keyword(field, words.get(0), term)) : query;
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no words in '" + term.text() + "'");
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        return new PhraseQuery(field, words.toArray(String[]::new));
    }

    private List<String> analyze(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(attribute.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return words;
    }

    static Query either(Query... queries) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Query query : queries) {
            builder.add(query, Occur.SHOULD);
        }
        return builder.build();
    }
}
