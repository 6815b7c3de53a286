package org.diplokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * A file of Semgrex rules, one file per relation (or per kind of mention), in the spirit of CoreNLP's
 * {@code KBPSemgrexExtractor}. The file is a sequence of blocks separated by blank lines:
 *
 * <pre>
 * rule: signers-are-subject
 * # "X and Y signed the Z": the subjects of a signing verb.
 * example: Chile and Norway signed the Oslo Fisheries Agreement. =&gt; party(Oslo Fisheries Agreement, Chile)
 * confidence: 0.85
 * pattern: {lemma:/sign|conclude/} &gt;nsubj {ner:/COUNTRY|ORGANIZATION|PERSON/}=o
 *            &gt;obj {ner:AGREEMENT}=s
 * </pre>
 *
 * Lines starting with {@code #} are comments; a pattern may go on over further indented lines. Lines before the
 * first {@code rule:} are the file's own comment. Every rule needs a name, a comment, at least one example and a
 * pattern; a file that breaks this is refused with the file, the line and the reason.
 *
 * <p>A regex of a pattern may name a word list of the lexicon ({@code lexicon.words}, see {@link LexiconFile}) as a
 * whole alternative: {@code {lemma:/@signing-verbs/}}, {@code {lemma:/@signing-verbs|renew/}}. It is replaced by the
 * alternation of the list's words when the file is loaded; an unknown list, or an '@' that is not such a reference,
 * is refused on its line. {@link Rule#source} is the pattern so expanded, as compiled.
 */
public final class RuleFile {
    /** One rule: its pattern and what documents it. */
    public record Rule(String file, String name, String comment, List<Example> examples, double confidence,
                       SemgrexPattern pattern, String source, int line) {
        public Rule {
            examples = List.copyOf(examples);
        }
    }

    /**
     * An example sentence of our own wording and the facts it must give: {@code party(A, B)} with names as written,
     * or {@code date(A, 2024-03-12)}; for a mention rule, {@code Agreement(memorandum of understanding on X)}. A fact
     * written {@code not date(A, 2025)} must be absent: no rule may give it (a guard on what the rule leaves out).
     */
    public record Example(String sentence, List<String> expected, List<String> absent) {
        public Example {
            expected = List.copyOf(expected);
            absent = List.copyOf(absent);
        }
    }

    private RuleFile() {
    }

    /** The rules of the classpath resource {@code org/diplokg/rules/NAME}. */
    public static List<Rule> load(String name) {
        String resource = "org/diplokg/rules/" + name;
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "missing rule file " + resource);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
    }

    /** Parses rule text with the shipped lexicon; {@code file} names it in errors. */
    public static List<Rule> parse(String file, String text) {
        return parse(file, text, Lexicon.FILE);
    }

    /** Parses rule text whose {@code @name} references name lists of {@code lexicon}. */
    public static List<Rule> parse(String file, String text, LexiconFile lexicon) {
        List<Rule> rules = new ArrayList<>();
        Block b = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty()) {
                    if (b != null) {
                        rules.add(b.build(file));
                        b = null;
                    }
                    continue;
                }
                if (t.startsWith("rule:")) {
                    if (b != null) {
                        rules.add(b.build(file));
                    }
                    b = new Block(t.substring(5).strip(), lineNo);
                } else if (b == null) {
                    if (!t.startsWith("#")) {
                        throw error(file, lineNo, "text outside a rule (a rule starts with 'rule: NAME')");
                    }
                } else if (t.startsWith("#")) {
                    if (b.pattern.length() > 0) {
                        throw error(file, lineNo, "comment inside the pattern of rule " + b.name);
                    }
                    b.comment.append(b.comment.length() > 0 ? " " : "").append(t.substring(1).strip());
                } else if (t.startsWith("example:")) {
                    b.examples.add(example(file, lineNo, t.substring(8).strip()));
                } else if (t.startsWith("confidence:")) {
                    b.confidence = confidence(file, lineNo, t.substring(11).strip());
                } else if (t.startsWith("pattern:")) {
                    if (b.pattern.length() > 0) {
                        throw error(file, lineNo, "a second 'pattern:' in rule " + b.name + " (one pattern a rule)");
                    }
                    b.pattern.append(expand(lexicon, file, lineNo, t.substring(8).strip()));
                } else if (b.pattern.length() > 0 && Character.isWhitespace(line.charAt(0))) {
                    b.pattern.append(' ').append(expand(lexicon, file, lineNo, t));
                } else {
                    throw error(file, lineNo, "expected 'pattern:', 'example:', 'confidence:' or '#' in rule "
                            + b.name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (b != null) {
            rules.add(b.build(file));
        }
        return rules;
    }

    private static String expand(LexiconFile lexicon, String file, int line, String pattern) {
        return lexicon.expand(pattern, "rule file " + file + ", line " + line);
    }

    private static Example example(String file, int line, String text) {
        int arrow = text.indexOf("=>");
        if (arrow < 0) {
            throw error(file, line, "an example is 'SENTENCE => fact; fact'");
        }
        List<String> expected = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String f : text.substring(arrow + 2).split(";")) {
            String fact = f.strip();
            if (fact.startsWith("not ")) {
                absent.add(fact.substring(4).strip());
            } else if (!fact.isEmpty()) {
                expected.add(fact);
            }
        }
        if (expected.isEmpty() && absent.isEmpty()) {
            throw error(file, line, "an example names at least one fact");
        }
        return new Example(text.substring(0, arrow).strip(), expected, absent);
    }

    private static double confidence(String file, int line, String text) {
        try {
            double c = Double.parseDouble(text);
            if (c > 0 && c <= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(file, line, "confidence must be a number in (0, 1], not '" + text + "'");
    }

    private static IllegalArgumentException error(String file, int line, String why) {
        return new IllegalArgumentException("rule file " + file + ", line " + line + ": " + why);
    }

    private static final class Block {
        final String name;
        final int line;
        final StringBuilder comment = new StringBuilder();
        final StringBuilder pattern = new StringBuilder();
        final List<Example> examples = new ArrayList<>();
        double confidence = 0.8;

        Block(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Rule build(String file) {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw error(file, line, "a rule name is lower-case words joined by '-', not '" + name + "'");
            }
            if (comment.isEmpty()) {
                throw error(file, line, "rule " + name + " has no comment saying what it finds");
            }
            if (examples.isEmpty()) {
                throw error(file, line, "rule " + name + " has no example sentence");
            }
            if (pattern.isEmpty()) {
                throw error(file, line, "rule " + name + " has no pattern");
            }
            SemgrexPattern compiled;
            try {
                compiled = SemgrexPattern.compile(pattern.toString());
            } catch (SemgrexParseException | IllegalArgumentException e) {
                throw error(file, line, "rule " + name + ": bad Semgrex pattern (" + e.getMessage() + ")");
            }
            return new Rule(file, name, comment.toString(), examples, confidence, compiled, pattern.toString(), line);
        }
    }
}
