package org.bibfolio.style.csl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A CSL style's XML read just far enough for the few things we read or adjust in a style before citeproc-java gets
 * it: its elements, their attributes, and where each element stands in the text, so that an adjustment is an
 * insertion into the text rather than a DOM written back through a serialiser. A style is read once per export, and
 * at start-up a DOM parse and an XSLTC identity transform of APA cost more than the rest of the export together.
 *
 * <p>It reads elements, attributes, comments, CDATA and processing instructions; text is skipped. XML it does not
 * read (a DOCTYPE, which may declare entities, or anything malformed) gives nothing, and the caller hands the style to
 * citeproc-java as it is, whose parser then reports what is wrong.
 */
final class StyleXml {

    /**
     * One element.
     *
     * @param name       the local name, without a namespace prefix
     * @param prefix     the prefix with its colon ({@code "cs:"}), or empty: an inserted element takes the same one
     * @param attributes by name as written ({@code xml:lang}), in order, values as an XML parser reports them:
     *                   references resolved, tabs and line ends as spaces
     * @param start      where its start tag begins in the text
     * @param content    just after its start tag, where its content begins
     * @param contentEnd where its end tag begins ({@code end} for an empty-element tag)
     * @param end        just after its end tag (or its empty-element tag)
     * @param children   its child elements, in order
     */
    record Element(String name, String prefix, Map<String, String> attributes, int start, int content,
                   int contentEnd, int end, List<Element> children) {

        /** The attribute's value, or "" when it has none (as the DOM's {@code getAttribute}). */
        String attribute(String attribute) {
            return attributes.getOrDefault(attribute, "");
        }

        boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }

        /** Its name as written, with the prefix. */
        String qualifiedName() {
            return prefix + name;
        }

        /** The first child element of that name. */
        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        /** This element and every element inside it, in document order. */
        Stream<Element> descendants() {
            return Stream.concat(Stream.of(this), children.stream().flatMap(Element::descendants));
        }
    }

    private StyleXml() {
    }

    /** The style's root element; nothing for XML this reader does not read (see above). */
    static Optional<Element> parse(String xml) {
        try {
            return Optional.ofNullable(new Reader(xml).root());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** One pass over the text; an element is finished when its end tag is read. */
    private static final class Reader {
        private final String xml;
        private final Deque<Open> open = new ArrayDeque<>();
        private int at;

        /** An element whose end tag is still to come. */
        private record Open(String qualified, String name, Map<String, String> attributes, int start, int content,
                            List<Element> children) {
            Element close(int contentEnd, int end) {
                int colon = qualified.indexOf(':');
                return new Element(name, qualified.substring(0, colon + 1), attributes, start, content, contentEnd, end,
                        List.copyOf(children));
            }
        }

        Reader(String xml) {
            this.xml = xml;
        }

        Element root() {
            List<Element> top = new ArrayList<>();
            while ((at = xml.indexOf('<', at)) >= 0) {
                if (xml.startsWith("<!--", at)) {
                    at = after("-->", at + 4);
                } else if (xml.startsWith("<![CDATA[", at)) {
                    at = after("]]>", at + 9);
                } else if (xml.startsWith("<?", at)) {
                    at = after("?>", at + 2);
                } else if (xml.startsWith("<!", at)) {
                    throw new IllegalArgumentException("a DOCTYPE");
                } else if (xml.startsWith("</", at)) {
                    int close = after(">", at + 2);
                    String qualified = xml.substring(at + 2, close - 1).strip();
                    Open element = open.pop();
                    if (!element.qualified().equals(qualified)) {
                        throw new IllegalArgumentException("</" + qualified + "> closes <" + element.qualified() + ">");
                    }
                    (open.isEmpty() ? top : open.peek().children()).add(element.close(at, close));
                    at = close;
                } else {
                    startTag(top);
                }
                if (!top.isEmpty()) {
                    return top.get(0);
                }
            }
            return null;
        }

        private void startTag(List<Element> top) {
            int start = at;
            at++;
            String qualified = name();
            Map<String, String> attributes = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                char c = xml.charAt(at);
                if (c == '>') {
                    at++;
                    open.push(new Open(qualified, local(qualified), attributes, start, at, new ArrayList<>()));
                    return;
                }
                if (c == '/' && xml.charAt(at + 1) == '>') {
                    at += 2;
                    Element empty = new Open(qualified, local(qualified), attributes, start, at, List.of()).close(at, at);
                    (open.isEmpty() ? top : open.peek().children()).add(empty);
                    return;
                }
                String attribute = name();
                skipSpace();
                expect('=');
                skipSpace();
                char quote = xml.charAt(at);
                if (quote != '"' && quote != '\'') {
                    throw new IllegalArgumentException("an unquoted attribute");
                }
                int end = xml.indexOf(quote, at + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("an unclosed attribute");
                }
                // attribute-value normalisation, as an XML parser does it: line ends, then each tab or line end a space
                String value = xml.substring(at + 1, end).replace("\r\n", "\n").replaceAll("[\t\r\n]", " ");
                if (attributes.put(attribute, unescape(value)) != null) {
                    throw new IllegalArgumentException("a repeated attribute " + attribute);
                }
                at = end + 1;
            }
        }

        private String name() {
            int from = at;
            while (at < xml.length() && !Character.isWhitespace(xml.charAt(at)) && "/>=".indexOf(xml.charAt(at)) < 0) {
                at++;
            }
            if (at == from) {
                throw new IllegalArgumentException("a name expected at " + from);
            }
            return xml.substring(from, at);
        }

        private void skipSpace() {
            while (Character.isWhitespace(xml.charAt(at))) {
                at++;
            }
        }

        private void expect(char c) {
            if (xml.charAt(at) != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + at);
            }
            at++;
        }

        /** Just after the next {@code token} from {@code from}. */
        private int after(String token, int from) {
            int found = xml.indexOf(token, from);
            if (found < 0) {
                throw new IllegalArgumentException(token + " expected");
            }
            return found + token.length();
        }

        private static String local(String qualified) {
            return qualified.substring(qualified.indexOf(':') + 1);
        }
    }

    /** An attribute value with its references resolved: the five XML entities and character references. */
    static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (semicolon < 0) {
                out.append(c);
                i++;
                continue;
            }
            String reference = value.substring(i + 1, semicolon);
            switch (reference) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (!reference.startsWith("#")) {
                        throw new IllegalArgumentException("an entity &" + reference + ";");
                    }
                    boolean hex = reference.startsWith("#x");
                    out.appendCodePoint(Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10));
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    /** One change to the text: {@code from} to {@code to} replaced by {@code text}, an insertion when they are equal. */
    record Edit(int from, int to, String text) {
    }

    /** The text with the edits made: they do not overlap and come in the order of the text. */
    static String edit(String xml, List<Edit> edits) {
        StringBuilder out = new StringBuilder(xml.length() + 64 * edits.size());
        int copied = 0;
        for (Edit edit : edits) {
            out.append(xml, copied, edit.from()).append(edit.text());
            copied = edit.to();
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    /** An attribute value as written between double quotes. */
    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
