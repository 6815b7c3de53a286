package org.diplokg.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML page, one line per block element; scripts, styles and navigation are dropped. */
final class HtmlText {
    private HtmlText() {
    }

    static String of(Document html) {
        html.select("script, style, noscript, template, nav, header > nav, footer, svg, iframe").remove();
        Element body = html.body() == null ? html : html.body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(s.charAt(0))) {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
