package org.diplokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplokg.KgException.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own corrections to gold that is not ours to edit (the shared dev set), applied when scoring. A corrections file
 * is {@code {"comment": "...", "corrections": [ ... ]}}; each correction names its {@code "document"}, says
 * {@code "why"} and does exactly one of:
 * <ul>
 * <li>{@code "removeEntity": ID} — the entity and every fact about it;</li>
 * <li>{@code "removeFact": {"subject", "relation", "object" | "value"}} — every gold fact saying exactly that;</li>
 * <li>{@code "addEntity": {"id", "class", "name", "aliases", "kind", "uncertain", "evidence"}} — the gold shape;</li>
 * <li>{@code "addFact": {"subject", "relation", "object" | "value", "evidence"}};</li>
 * <li>{@code "changeEntity": {"id", and any of "class", "name", "aliases", "uncertain"}}.</li>
 * </ul>
 * Corrections apply in order, files in the order given (a folder's {@code *.json} by name). One that does not apply
 * (unknown document, id or fact; an entity or fact already there; a change that changes nothing) is an error naming
 * the file and the correction, so that a correction cannot go stale unnoticed when the shared gold is fixed.
 */
public final class GoldCorrections {
    private static final Logger LOG = LoggerFactory.getLogger(GoldCorrections.class);
    private static final Set<String> OPS = Set.of("removeEntity", "removeFact", "addEntity", "addFact",
            "changeEntity");
    private static final Set<String> CHANGE_KEYS = Set.of("id", "class", "name", "aliases", "uncertain");
    private static final Set<String> FACT_KEYS = Set.of("subject", "relation", "object", "value");
    private static final Set<String> ADDED_FACT_KEYS = Set.of("subject", "relation", "object", "value", "evidence",
            "evidenceAt");
    private static final Set<String> ENTITY_KEYS = Set.of("id", "class", "name", "aliases", "kind", "uncertain",
            "evidence", "evidenceAt");

    /** What a correction does to its document's gold. */
    public sealed interface Change permits RemoveEntity, RemoveFact, AddEntity, AddFact, ChangeEntity {
    }

    public record RemoveEntity(String id) implements Change {
    }

    public record RemoveFact(String subject, String relation, Optional<String> object, Optional<String> value)
            implements Change {
    }

    public record AddEntity(Gold.Entity entity) implements Change {
    }

    public record AddFact(Gold.Fact fact) implements Change {
    }

    public record ChangeEntity(String id, Optional<String> cls, Optional<String> name,
            Optional<List<String>> aliases, Optional<Boolean> uncertain) implements Change {
    }

    /** One correction, with where it is written: its file and its number there (from 1). */
    public record Correction(String file, int number, String document, String why, Change change) {
        /** "FILE: correction N (removeEntity "x" in DOC)", the start of every error about it. */
        String where() {
            return "correction " + number + " (" + describe(change) + " in " + document + ")";
        }
    }

    private final List<Correction> corrections;

    public GoldCorrections(List<Correction> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    public static final GoldCorrections NONE = new GoldCorrections(List.of());

    public List<Correction> corrections() {
        return corrections;
    }

    /** Reads corrections files, or every {@code *.json} file of folders, in the order given. */
    public static GoldCorrections load(List<Path> paths) {
        List<Correction> out = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputException(path.toString(), "no such corrections file or folder");
            }
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (files.isEmpty()) {
                    throw new InputException(path.toString(), "no .json corrections files in this folder");
                }
                files.forEach(f -> out.addAll(read(f)));
            } else {
                out.addAll(read(path));
            }
        }
        return new GoldCorrections(out);
    }

    static List<Correction> read(Path file) {
        String where = file.toString();
        JsonObject json = Gold.readJson(file);
        unknownKeys(json, Set.of("comment", "corrections"), where, "the file");
        if (!json.hasKey("corrections") || !json.get("corrections").isArray()) {
            throw new InputException(where, "missing array \"corrections\"");
        }
        List<Correction> out = new ArrayList<>();
        int number = 0;
        for (JsonValue v : json.get("corrections").getAsArray()) {
            number++;
            String item = "correction " + number;
            if (!v.isObject()) {
                throw new InputException(where, item + ": not a JSON object");
            }
            JsonObject o = v.getAsObject();
            TreeSet<String> ops = o.keys().stream().filter(OPS::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (ops.size() != 1) {
                throw new InputException(where, item + ": needs exactly one of " + new TreeSet<>(OPS)
                        + (ops.isEmpty() ? "" : ", has " + ops));
            }
            String op = ops.first();
            Set<String> allowed = new TreeSet<>(Set.of("document", "why", op));
            unknownKeys(o, allowed, where, item);
            String document = Gold.optional(o, "document").filter(s -> !s.isBlank())
                    .orElseThrow(() -> new InputException(where, item + ": missing \"document\""));
            String why = Gold.optional(o, "why").filter(s -> !s.isBlank())
                    .orElseThrow(() -> new InputException(where, item + ": missing \"why\" (say why the gold is"
                            + " corrected)"));
            out.add(new Correction(where, number, document, why, change(op, o.get(op), where + ": " + item)));
        }
        return out;
    }

    private static Change change(String op, JsonValue v, String where) {
        if (op.equals("removeEntity")) {
            if (!v.isString()) {
                throw new InputException(where, "removeEntity takes an entity id");
            }
            return new RemoveEntity(v.getAsString().value());
        }
        if (!v.isObject()) {
            throw new InputException(where, op + " takes a JSON object");
        }
        JsonObject o = v.getAsObject();
        switch (op) {
            case "removeFact" -> {
                unknownKeys(o, FACT_KEYS, where, op);
                Gold.Fact f = Gold.fact(o, where);
                return new RemoveFact(f.subject(), f.relation(), f.object(), f.value());
            }
            case "addEntity" -> {
                unknownKeys(o, ENTITY_KEYS, where, op);
                return new AddEntity(Gold.entity(o, where));
            }
            case "addFact" -> {
                unknownKeys(o, ADDED_FACT_KEYS, where, op);
                return new AddFact(Gold.fact(o, where));
            }
            default -> {
                unknownKeys(o, CHANGE_KEYS, where, op);
                String id = Gold.string(o, "id", where);
                Optional<String> cls = Gold.optional(o, "class");
                if (cls.isPresent() && !Gold.CLASSES.contains(cls.get())) {
                    throw new InputException(where, "unknown class " + cls.get());
                }
                Optional<Boolean> uncertain = Optional.empty();
                if (o.hasKey("uncertain")) {
                    if (!o.get("uncertain").isBoolean()) {
                        throw new InputException(where, "\"uncertain\" must be true or false");
                    }
                    uncertain = Optional.of(o.get("uncertain").getAsBoolean().value());
                }
                Optional<List<String>> aliases = o.hasKey("aliases") ? Optional.of(Gold.aliases(o))
                        : Optional.empty();
                ChangeEntity c = new ChangeEntity(id, cls, Gold.optional(o, "name"), aliases, uncertain);
                if (cls.isEmpty() && c.name().isEmpty() && aliases.isEmpty() && uncertain.isEmpty()) {
                    throw new InputException(where, "changeEntity changes none of class, name, aliases, uncertain");
                }
                return c;
            }
        }
    }

    private static void unknownKeys(JsonObject o, Set<String> allowed, String where, String what) {
        Set<String> unknown = new TreeSet<>(o.keys());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new InputException(where, what + ": unknown key" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + " (allowed: " + new TreeSet<>(allowed) + ")");
        }
    }

    /** The gold with the corrections applied, in the same order; the given gold is not changed. */
    public List<Gold> apply(List<Gold> golds) {
        List<Draft> drafts = golds.stream().map(Draft::new).toList();
        for (Correction c : corrections) {
            List<Draft> targets = drafts.stream().filter(d -> d.document.equals(c.document())).toList();
            if (targets.isEmpty()) {
                throw new InputException(c.file(), c.where() + ": no gold for this document among those given");
            }
            for (Draft d : targets) {
                String problem = d.apply(c.change());
                if (problem != null) {
                    throw new InputException(c.file(), c.where() + ": " + problem);
                }
            }
            LOG.debug("{}: {} ({})", c.file(), c.where(), c.why());
        }
        if (!corrections.isEmpty()) {
            LOG.info("gold corrections applied: {} from {}", corrections.size(),
                    corrections.stream().map(Correction::file).distinct().collect(Collectors.joining(", ")));
        }
        return drafts.stream().map(Draft::gold).toList();
    }

    /** One document's gold while it is corrected. */
    private static final class Draft {
        final String document;
        final List<Gold.Entity> entities;
        final List<Gold.Fact> facts;

        Draft(Gold gold) {
            document = gold.document();
            entities = new ArrayList<>(gold.entities());
            facts = new ArrayList<>(gold.facts());
        }

        Gold gold() {
            return new Gold(document, entities, facts);
        }

        Optional<Gold.Entity> entity(String id) {
            return entities.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        /** Applies one change; the reason it does not apply, or null. */
        String apply(Change change) {
            if (change instanceof RemoveEntity r) {
                if (!entities.removeIf(e -> e.id().equals(r.id()))) {
                    return "no entity with id \"" + r.id() + "\"";
                }
                facts.removeIf(f -> f.subject().equals(r.id()) || f.object().map(r.id()::equals).orElse(false));
            } else if (change instanceof RemoveFact r) {
                if (!facts.removeIf(f -> f.subject().equals(r.subject()) && f.relation().equals(r.relation())
                        && f.object().equals(r.object()) && sameValue(f.value(), r.value()))) {
                    return "no such fact in the gold";
                }
            } else if (change instanceof AddEntity a) {
                if (entity(a.entity().id()).isPresent()) {
                    return "the gold already has an entity with id \"" + a.entity().id() + "\"";
                }
                entities.add(a.entity());
            } else if (change instanceof AddFact a) {
                Gold.Fact f = a.fact();
                for (String ref : f.object().map(o -> List.of(f.subject(), o)).orElse(List.of(f.subject()))) {
                    if (entity(ref).isEmpty()) {
                        return "no entity with id \"" + ref + "\"";
                    }
                }
                if (facts.stream().anyMatch(g -> g.subject().equals(f.subject()) && g.relation().equals(f.relation())
                        && g.object().equals(f.object()) && sameValue(g.value(), f.value()))) {
                    return "the gold already states this fact";
                }
                facts.add(f);
            } else if (change instanceof ChangeEntity c) {
                return change(c);
            }
            return null;
        }

        private String change(ChangeEntity c) {
            Optional<Gold.Entity> found = entity(c.id());
            if (found.isEmpty()) {
                return "no entity with id \"" + c.id() + "\"";
            }
            Gold.Entity e = found.get();
            Gold.Entity changed = new Gold.Entity(e.id(), c.cls().orElse(e.cls()), c.name().orElse(e.name()),
                    c.aliases().orElse(e.aliases()), e.kind(), c.uncertain().orElse(e.uncertain()), e.evidence());
            if (changed.equals(e)) {
                return "changes nothing (the gold already says so)";
            }
            entities.set(entities.indexOf(e), changed);
            return null;
        }

        private static boolean sameValue(Optional<String> a, Optional<String> b) {
            return a.map(String::strip).equals(b.map(String::strip));
        }
    }

    static String describe(Change change) {
        if (change instanceof RemoveEntity r) {
            return "removeEntity \"" + r.id() + "\"";
        }
        if (change instanceof RemoveFact r) {
            return "removeFact " + fact(r.relation(), r.subject(), r.object(), r.value());
        }
        if (change instanceof AddEntity a) {
            return "addEntity \"" + a.entity().id() + "\"";
        }
        if (change instanceof AddFact a) {
            Gold.Fact f = a.fact();
            return "addFact " + fact(f.relation(), f.subject(), f.object(), f.value());
        }
        return "changeEntity \"" + ((ChangeEntity) change).id() + "\"";
    }

    private static String fact(String relation, String subject, Optional<String> object, Optional<String> value) {
        return relation + "(" + subject + ", " + object.orElseGet(value::get) + ")";
    }
}
