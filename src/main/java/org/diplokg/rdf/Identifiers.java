package org.diplokg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplokg.extract.EntityKind;

/**
 * The identifiers the world shares for the gazetteer's countries, places and organisations: ISO 3166-1 alpha-2 and
 * alpha-3, UN M49, Wikidata QID, GeoNames id and WGS84 coordinates. They come from data packages through
 * {@code tools/identifiers/generate.mjs}, which writes {@code identifiers.tsv} with the packages' names, versions and
 * licences in its header; nothing here is typed by hand.
 */
public final class Identifiers {
    private static final String RESOURCE = "/org/diplokg/rdf/identifiers.tsv";

    /** One row of the table; an empty string where the packages give nothing. */
    public record Ids(String iso2, String iso3, String m49, String wikidata, String geonames, String lat,
                      String lon) {
        public boolean hasCoordinates() {
            return !lat.isEmpty() && !lon.isEmpty();
        }
    }

    private static final class Holder {
        static final Identifiers BUNDLED = load();
    }

    private final Map<String, Ids> byKindAndName;

    private Identifiers(Map<String, Ids> byKindAndName) {
        this.byKindAndName = Map.copyOf(byKindAndName);
    }

    /** The table bundled in the jar, read once. */
    public static Identifiers bundled() {
        return Holder.BUNDLED;
    }

    /** The identifiers of the entity of {@code kind} named {@code name} (a gazetteer name), if the table has them. */
    public Optional<Ids> of(EntityKind kind, String name) {
        String k = kind(kind);
        return k == null ? Optional.empty() : Optional.ofNullable(byKindAndName.get(k + "|" + key(name)));
    }

    public int size() {
        return byKindAndName.size();
    }

    private static String kind(EntityKind kind) {
        return switch (kind) {
            case COUNTRY -> "country";
            case PLACE -> "place";
            case ORGANIZATION -> "organization";
            default -> null;
        };
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Identifiers load() {
        Map<String, Ids> map = new HashMap<>();
        try (InputStream in = Identifiers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException(RESOURCE + ": a row needs 9 columns: " + line);
                }
                map.put(f[0] + "|" + key(f[1]), new Ids(f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Identifiers(map);
    }
}
