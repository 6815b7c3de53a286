package org.diplokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.KgException.InputException;

/**
 * Gold annotations of one document, as written by reading it: entities with their class, fullest name and aliases,
 * and the facts the text states, each with where the text states it. The JSON shape is described in README ("Measuring
 * extraction quality").
 */
public record Gold(String document, List<Entity> entities, List<Fact> facts) {
    /** The classes a gold entity may have; the same local names as the {@code dkg:} classes. */
    public static final Set<String> CLASSES = Set.of("Organization", "Country", "Place", "Person", "Agreement",
            "Event", "EventSeries");
    /** Relations a gold fact may state; the {@code dkg:} property local names. */
    public static final Set<String> RELATIONS = Set.of("party", "issuedBy", "adoptedAt", "date", "location", "host",
            "ordinal", "inSeries", "participant", "memberOf", "partOf", "affiliation", "locatedIn", "endDate");

    public Gold {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /**
     * Where the text states an entity or fact: the words themselves ({@code "evidence"}, for documents of our own),
     * or character offsets into the document ({@code "evidenceAt": [begin, end]}, so that gold for documents kept
     * elsewhere does not copy their text). {@link #NONE} when the gold gives neither.
     */
    public record Evidence(String text, int begin, int end) {
        public static final Evidence NONE = new Evidence("", -1, -1);

        /** The evidence as text: its words, or the span of {@code document} (empty when neither is known). */
        public String in(String document) {
            if (!text.isEmpty()) {
                return text;
            }
            return begin >= 0 && document != null && end <= document.length() ? document.substring(begin, end) : "";
        }
    }

    /** A gold entity; {@code uncertain} ones count when found and are not missed when absent. */
    public record Entity(String id, String cls, String name, List<String> aliases, String kind, boolean uncertain,
            Evidence evidence) {
        public Entity {
            aliases = List.copyOf(aliases);
        }

        /** The comparison keys of its name and aliases. */
        public Set<String> keys() {
            Set<String> keys = new HashSet<>();
            keys.add(NameKey.of(name));
            aliases.forEach(a -> keys.add(NameKey.of(a)));
            keys.remove("");
            return keys;
        }
    }

    /** A gold fact: {@code object} is an entity id, or {@code value} a date ("2022-11") or an ordinal ("9"). */
    public record Fact(String subject, String relation, Optional<String> object, Optional<String> value,
            Evidence evidence) {
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Reads a gold file, or every {@code *.json} file of a folder (sorted by name). */
    public static List<Gold> load(Path path) {
        if (!Files.exists(path)) {
            throw new InputException(path.toString(), "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                List<Gold> out = new ArrayList<>();
                for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    out.add(read(p));
                }
                if (out.isEmpty()) {
                    throw new InputException(path.toString(), "no .json gold files in this folder");
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of(read(path));
    }

    static Gold read(Path file) {
        JsonObject json = readJson(file);
        String where = file.toString();
        String document = string(json, "document", where);
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonValue v : array(json, "entities", where)) {
            Entity e = entity(v.getAsObject(), where);
            if (!ids.add(e.id())) {
                throw new InputException(where, "entity id " + e.id() + " is declared twice");
            }
            entities.add(e);
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonValue v : array(json, "facts", where)) {
            Fact f = fact(v.getAsObject(), where);
            for (String ref : f.object().map(x -> List.of(f.subject(), x)).orElse(List.of(f.subject()))) {
                if (!ids.contains(ref)) {
                    throw new InputException(where, "fact " + f.relation() + " refers to undeclared entity " + ref);
                }
            }
            facts.add(f);
        }
        return new Gold(document, entities, facts);
    }

    /** A JSON file's object; an error naming the file when it is not JSON (Jena's parser fails oddly on a cut file). */
    static JsonObject readJson(Path file) {
        try {
            return JSON.read(file.toString());
        } catch (JsonException | org.apache.jena.atlas.AtlasException | NullPointerException e) {
            throw new InputException(file.toString(), "not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** One entity of the gold JSON shape; {@code where} names the input in errors. */
    static Entity entity(JsonObject o, String where) {
        String id = string(o, "id", where);
        String cls = string(o, "class", where);
        if (!CLASSES.contains(cls)) {
            throw new InputException(where, "entity " + id + " has unknown class " + cls);
        }
        return new Entity(id, cls, string(o, "name", where), aliases(o), optional(o, "kind").orElse(null),
                o.hasKey("uncertain") && o.get("uncertain").getAsBoolean().value(), evidence(o, where));
    }

    /** One fact of the gold JSON shape, not yet checked against the declared entities. */
    static Fact fact(JsonObject o, String where) {
        String subject = string(o, "subject", where);
        String relation = string(o, "relation", where);
        if (!RELATIONS.contains(relation)) {
            throw new InputException(where, "fact on " + subject + " has unknown relation " + relation);
        }
        Optional<String> object = optional(o, "object");
        Optional<String> value = optional(o, "value");
        if (object.isEmpty() == value.isEmpty()) {
            throw new InputException(where, "fact " + relation + " on " + subject
                    + " needs exactly one of object and value");
        }
        return new Fact(subject, relation, object, value, evidence(o, where));
    }

    static List<String> aliases(JsonObject o) {
        List<String> aliases = new ArrayList<>();
        if (o.hasKey("aliases")) {
            o.get("aliases").getAsArray().forEach(a -> aliases.add(a.getAsString().value()));
        }
        return aliases;
    }

    static Evidence evidence(JsonObject o, String where) {
        if (o.hasKey("evidenceAt")) {
            JsonArray at = o.get("evidenceAt").getAsArray();
            int begin = at.size() == 2 ? at.get(0).getAsNumber().value().intValue() : -1;
            int end = at.size() == 2 ? at.get(1).getAsNumber().value().intValue() : -1;
            if (begin < 0 || end <= begin) {
                throw new InputException(where, "evidenceAt must be [begin, end] with 0 <= begin < end: " + at);
            }
            return new Evidence("", begin, end);
        }
        return optional(o, "evidence").map(t -> new Evidence(t, -1, -1)).orElse(Evidence.NONE);
    }

    static String string(JsonObject o, String key, String where) {
        return optional(o, key).orElseThrow(() -> new InputException(where, "missing \"" + key + "\" in " + o));
    }

    static Optional<String> optional(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return Optional.empty();
        }
        JsonValue v = o.get(key);
        if (v.isNumber()) {
            return Optional.of(v.getAsNumber().value().toString());
        }
        return Optional.of(v.getAsString().value());
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        if (!o.hasKey(key) || !o.get(key).isArray()) {
            throw new InputException(where, "missing array \"" + key + "\"");
        }
        return o.get(key).getAsArray();
    }
}
