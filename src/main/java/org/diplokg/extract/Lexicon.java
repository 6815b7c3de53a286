package org.diplokg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shipped word lists, {@code org/diplokg/rules/lexicon.words} (see {@link LexiconFile} for its format), loaded
 * once: the same lists the rule files name as {@code @name}. The sets and maps given are immutable (and, as
 * {@link Set#of} and {@link Map#of}, refuse {@code null}).
 */
final class Lexicon {
    /** The shipped lexicon file, which {@link RuleFile} expands {@code @name} references with. */
    static final LexiconFile FILE = LexiconFile.load("lexicon.words");
    private static final Map<String, Set<String>> SETS = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> MAPS = new LinkedHashMap<>();

    /** Nouns of roles and offices: see the list role-words. */
    static final Set<String> ROLE_WORDS = words("role-words");
    /** Singular titles a person holds, which a body's name never continues into: see office-titles. */
    static final Set<String> OFFICE_TITLES = words("office-titles");
    /** Words that qualify a title of office: see office-modifiers. */
    static final Set<String> OFFICE_MODIFIERS = words("office-modifiers");
    /** Forms of address before a name, lower case, dots as written: see honorifics. */
    static final Set<String> HONORIFICS = words("honorifics");
    /** Words that are never a body's name on their own or together (see {@link BodyNames#generic}). */
    static final Set<String> GENERIC_NAME_WORDS = words("generic-name-words");
    /** Heads of bodies named after a portfolio ("Ministry of Finance"): see portfolio-bodies. */
    static final Set<String> PORTFOLIO_BODIES = words("portfolio-bodies");
    /** Lower-case words that may stand inside a person's name: see name-particles. */
    static final Set<String> NAME_PARTICLES = words("name-particles");
    /** Acronyms that NER often tags as organisations, case as written: see technical-acronyms. */
    static final Set<String> TECHNICAL_ACRONYMS = words("technical-acronyms");

    private Lexicon() {
    }

    /** The word list {@code name}; an unknown name (or a map's) is an {@link IllegalArgumentException}. */
    static synchronized Set<String> words(String name) {
        return SETS.computeIfAbsent(name, n -> Set.copyOf(FILE.words(n)));
    }

    /** The map {@code name}; an unknown name (or a word list's) is an {@link IllegalArgumentException}. */
    static synchronized Map<String, String> map(String name) {
        return MAPS.computeIfAbsent(name, n -> Map.copyOf(FILE.map(n)));
    }
}
