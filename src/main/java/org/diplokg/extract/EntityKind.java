package org.diplokg.extract;

import java.util.Locale;

/** The top-level classes of the data contract that extraction produces. */
public enum EntityKind {
    ORGANIZATION("organization"), COUNTRY("country"), PLACE("place"), PERSON("person"), AGREEMENT("agreement"),
    EVENT("event"), EVENT_SERIES("event-series");

    private final String pathSegment;

    EntityKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The IRI path segment: {@code {base}{segment}/{slug}}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The local name of the contract class, e.g. {@code Organization}, {@code EventSeries}. */
    public String className() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return sb.toString();
    }
}
