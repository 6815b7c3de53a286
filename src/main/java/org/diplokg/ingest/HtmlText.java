package org.diplokg.ingest;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, one line per block element. Scripts, styles, navigation, share buttons,
 * "related" lists, cookie banners and forms are dropped; a saved web page with one article ({@code <article>},
 * {@code <main>} or {@code role="main"}) gives that article only.
 */
final class HtmlText {
    private static final String CHROME = "script, style, noscript, template, nav, header > nav, footer, svg, iframe,"
            + " aside, form, button, dialog, [role=navigation], [role=complementary], [role=banner],"
            + " [role=contentinfo], [role=search], [aria-hidden=true], [hidden]";
    /** Class or id words of page furniture: share bars, related lists, breadcrumbs, banners, comment threads. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[-_ ])(share|sharing|social|related|"
            + "recommended|read-?more|more-?stories|breadcrumbs?|newsletter|subscribe|cookie|consent|banner|promo|"
            + "advert|ads?|sidebar|comments?|tags|toolbar|menu|popular|trending|print|skip)([-_ ]|$)");

    private HtmlText() {
    }

    static String of(Document html) {
        html.select(CHROME).remove();
        int pageText = html.body() == null ? 0 : html.body().text().length();
        for (Element e : html.select("[class], [id]")) {
            if (e.parent() != null && e != html.body() && !e.normalName().equals("html")
                    && !e.normalName().equals("article") && !e.normalName().equals("main")
                    && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())
                    && e.select("article, main, [role=main]").isEmpty() && e.text().length() * 3 < pageText) {
                e.remove();   // a layout wrapper ("has-sidebar") that holds most of the page stays
            }
        }
        Element body = article(html);
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

    /** The page's one article or main part, else its body. */
    private static Element article(Document html) {
        for (String selector : new String[] {"article", "main", "[role=main]"}) {
            var found = html.select(selector);
            if (found.size() == 1 && !found.get(0).text().isBlank()) {
                return found.get(0);
            }
        }
        return html.body() == null ? html : html.body();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
