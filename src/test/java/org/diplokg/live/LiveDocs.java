package org.diplokg.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short documents for the live-ingest tests, each with its own name (a tree: "The Alder Bulletin"), so a search for
 * that name finds exactly its document, and with countries, a signed agreement and a held event, so each has
 * entities and facts.
 */
final class LiveDocs {
    static final List<String> NAMES = List.of("Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Juniper", "Larch",
            "Maple", "Oak", "Pine", "Rowan", "Spruce", "Willow", "Yew", "Aspen", "Beech", "Cypress", "Hemlock",
            "Linden", "Poplar", "Sequoia", "Tamarack", "Walnut");
    private static final List<String> COUNTRIES = List.of("Chile", "Malaysia", "Kenya", "Viet Nam", "Brazil",
            "Indonesia", "Norway", "Ghana", "Peru", "Thailand", "Egypt", "Finland");
    private static final List<String> CITIES = List.of("Nairobi", "Geneva", "Santiago", "Jakarta", "Oslo", "Lima");

    private LiveDocs() {
    }

    /** The file name of document {@code i}: sorted as numbered. */
    static String fileName(int i) {
        return String.format(Locale.ROOT, "%02d-%s-bulletin.txt", i, NAMES.get(i).toLowerCase(Locale.ROOT));
    }

    /** The search term that finds document {@code i} by its title. */
    static String term(int i) {
        return NAMES.get(i) + " Bulletin";
    }

    static String text(int i) {
        String a = COUNTRIES.get(i % COUNTRIES.size());
        String b = COUNTRIES.get((i * 5 + 3) % COUNTRIES.size());
        String city = CITIES.get(i % CITIES.size());
        String name = NAMES.get(i);
        int day = 1 + i % 27;
        return "The " + name + " Bulletin on Cooperation\n\n"
                + "On " + day + " March 2024, " + a + " and " + b + " signed the Memorandum of Understanding on "
                + name + " Forestry Cooperation in " + city + ".\n\n"
                + "The ministers of " + a + " and " + b + " attended the " + name + " Forestry Forum, held in "
                + city + " on " + day + " March 2024.\n";
    }

    /** Writes documents {@code from} (inclusive) to {@code to} (exclusive) into {@code dir}; returns the files. */
    static List<Path> write(Path dir, int from, int to) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = from; i < to; i++) {
                // Written beside and moved in, as a copy tool that renames on completion would: no half file is seen.
                Path tmp = dir.resolve("." + fileName(i) + ".part");
                Files.writeString(tmp, text(i));
                out.add(Files.move(tmp, dir.resolve(fileName(i))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
