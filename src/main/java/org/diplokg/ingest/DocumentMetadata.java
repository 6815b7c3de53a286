package org.diplokg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.KgException.InputException;

/**
 * What a crawl knows about its pages that their text may not say: a JSON list of
 * {@code {"file": "NAME.txt", "published": "2024-03-12", "url": ..., "publisher": ...}}, one per document, matched
 * by file name. The publication date anchors relative dates ("on Monday", "today") and dates a dateline without a
 * year; it wins over the date guessed from the document's head. A month alone ("2022-07") is too coarse to anchor
 * "on Monday" but gives a day without a year ("on 22 July") its year.
 */
public final class DocumentMetadata {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentMetadata.class);
    public static final DocumentMetadata NONE = new DocumentMetadata(Map.of());

    private final Map<String, LocalDate> published;
    private final Map<String, YearMonth> months;

    private DocumentMetadata(Map<String, LocalDate> published) {
        this(published, Map.of());
    }

    private DocumentMetadata(Map<String, LocalDate> published, Map<String, YearMonth> months) {
        this.published = Map.copyOf(published);
        this.months = Map.copyOf(months);
    }

    public static DocumentMetadata load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no such metadata file");
        }
        JsonValue json;
        try {
            String text = Files.readString(file);
            if (text.isBlank()) {
                throw new InputException(file.toString(), "empty: not a JSON list of documents");
            }
            json = JSON.parseAny(text);
        } catch (JsonException | java.io.IOException | org.apache.jena.atlas.AtlasException e) {
            throw new InputException(file.toString(), "not a JSON list of documents (" + e.getMessage() + ")");
        }
        if (json == null || !json.isArray()) {
            throw new InputException(file.toString(), "not a JSON list of documents");
        }
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, YearMonth> months = new HashMap<>();
        JsonArray entries = json.getAsArray();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isObject()) {
                throw new InputException(file.toString(), "entry " + (i + 1) + " is not an object");
            }
            JsonObject o = entries.get(i).getAsObject();
            if (!o.hasKey("file") || !o.get("file").isString()) {
                throw new InputException(file.toString(), "entry " + (i + 1) + " has no \"file\"");
            }
            if (o.hasKey("published") && o.get("published").isString()) {
                String value = o.getString("published");
                try {
                    if (value.matches("\\d{4}-\\d{2}")) {
                        // "2017-09": too coarse to anchor "on Monday", but it gives "on 22 September" its year
                        months.put(o.getString("file"), YearMonth.parse(value));
                    } else {
                        dates.put(o.getString("file"), LocalDate.parse(value));
                    }
                } catch (DateTimeParseException e) {
                    LOG.info("{}: {} has no date in \"published\" ({}); not used", file, o.getString("file"), value);
                }
            }
        }
        return new DocumentMetadata(dates, months);
    }

    /** The publication date of the file named {@code fileName}, if the metadata gives one. */
    public Optional<LocalDate> published(String fileName) {
        return Optional.ofNullable(published.get(fileName));
    }

    /** The month of publication of the file named {@code fileName}, when the metadata gives only the month. */
    public Optional<YearMonth> month(String fileName) {
        return Optional.ofNullable(months.get(fileName));
    }

    /**
     * {@code doc} with the metadata's publication date for {@code file}, if there is one; with only a month, the
     * month, unless the document's head gives a day of that month.
     */
    public SourceDocument apply(Path file, SourceDocument doc) {
        String name = file.getFileName().toString();
        Optional<LocalDate> date = published(name);
        Optional<YearMonth> month = month(name);
        if (month.isPresent()) {
            boolean sameMonth = doc.date().map(d -> YearMonth.from(d).equals(month.get())).orElse(false);
            return sameMonth ? doc : doc.withDate(Optional.empty()).withMonth(month.get());
        }
        if (date.isEmpty() || date.equals(doc.date())) {
            return doc;
        }
        return doc.withDate(date);
    }

    public boolean isEmpty() {
        return published.isEmpty() && months.isEmpty();
    }
}
