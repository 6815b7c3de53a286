package org.diplokg.web;

import java.util.regex.Pattern;

/**
 * Builds an HTML page in which every piece of text and every attribute value is escaped. Markup comes only from
 * tag and attribute names, which must be plain lower-case names written in the calling code; links are only
 * emitted for site-relative paths and http(s) IRIs.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "lead").text(userText).link("/id/country/kenya", "Kenya").close("p");
 * String page = h.toString();
 * }</pre>
 */
final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out;

    Html() {
        this(8192);
    }

    Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep != null ? rep : "\uFFFD");
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The href to emit for {@code target}, or null when it is neither site-relative nor http(s). */
    static String safeHref(String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        if ((target.startsWith("/") && !target.startsWith("//")) || target.startsWith("?") || target.startsWith("#")) {
            return target;
        }
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? target : null;
    }

    private static String name(String n) {
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("not a plain tag or attribute name: " + n);
        }
        return n;
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attrs) {
        out.append('<').append(name(tag));
        attributes(attrs);
        out.append('>');
        return this;
    }

    /** A void element ({@code input}, {@code meta}, {@code link}, {@code br}). */
    Html empty(String tag, String... attrs) {
        return open(tag, attrs);
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** A link when {@code href} is safe, else the text alone. */
    Html link(String href, String text, String... attrs) {
        String safe = safeHref(href);
        if (safe == null) {
            return text(text);
        }
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = safe;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            String value = attrs[i + 1];
            if (value == null) {
                continue;
            }
            String n = name(attrs[i]);
            if ((n.equals("href") || n.equals("src") || n.equals("action")) && safeHref(value) == null) {
                throw new IllegalArgumentException("unsafe URL in " + n + ": " + value);
            }
            out.append(' ').append(n).append("=\"").append(escape(value)).append('"');
        }
    }

    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
