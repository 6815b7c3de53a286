package org.diplokg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs for IRIs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX = 120;

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT)
                .replace("'s ", "s ").replace("’s ", "s ")
                .replace("&", " and ").replace("+", " plus ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-+[^-]*$", "");
        }
        if (s.isEmpty()) {
            s = "x" + Integer.toHexString(name.hashCode());
        }
        return s;
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }
}
