package org.diplokg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textAndAttributesAreEscaped() {
        String s = new Html().open("p", "title", "\"><script>x</script>").text("<script>alert('1')</script> & more")
                .close("p").toString();
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;script&gt;alert(&#39;1&#39;)"
                + "&lt;/script&gt; &amp; more</p>", s);
    }

    @Test
    void controlCharactersAreReplaced() {
        assertEquals("a\uFFFDb\nc", Html.escape("a\u0000b\nc"));
    }

    @Test
    void onlySafeLinksBecomeLinks() {
        assertEquals("<a href=\"/id/country/kenya\">Kenya</a>", new Html().link("/id/country/kenya", "Kenya")
                .toString());
        assertEquals("x", new Html().link("javascript:alert(1)", "x").toString());
        assertEquals("x", new Html().link("//evil.example/", "x").toString());
        assertEquals("x", new Html().link("data:text/html,<b>", "x").toString());
        assertEquals("<a href=\"https://example.org/a?b=1&amp;c=2\">e</a>",
                new Html().link("https://example.org/a?b=1&c=2", "e").toString());
        assertNull(Html.safeHref(" JavaScript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href", "javascript:x"));
    }

    @Test
    void tagAndAttributeNamesMustBePlain() {
        for (String bad : List.of("script src=x", "a onclick", "<b>", "", "A")) {
            assertThrows(IllegalArgumentException.class, () -> new Html().open(bad));
            assertThrows(IllegalArgumentException.class, () -> new Html().open("p", bad, "v"));
        }
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "class"));
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertEquals("<td class=\"num\">1</td>", new Html().el("td", "1", "title", null, "class", "num").toString());
    }

    @Test
    void marksAreHighlightedAndEscaped() {
        Html h = new Html();
        Render.marked(h, "The <SCO> and SCO", List.of(new int[] {14, 17}, new int[] {4, 9}, new int[] {5, 7}));
        assertEquals("The <mark>&lt;SCO&gt;</mark> and <mark>SCO</mark>", h.toString());
    }
}
