package org.diplokg.nlp;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's NER annotator with SUTime and the numeric classifiers run only on the sentences that could hold what
 * they find: a digit, a token tagged {@code CD}, an ordinal, a number word, or a word SUTime's English rules anchor
 * on (months, weekdays, seasons, time units, parts of the day, "today", "recently", "annual", holidays ...). The
 * other sentences get the CRF alone, which is what the full path gives them too, since the numeric classifiers and
 * SUTime tag nothing there. SUTime is about three quarters of NER's time, and most sentences of a policy text have
 * no date (README "Speed"). One CRF, loaded once, serves both paths.
 *
 * <p>The annotator is CoreNLP's own {@link NERCombinerAnnotator}, given the gated classifier; its constructor for a
 * given classifier turns off the NER-specific tokenization (re-joining hyphenated words that the tokenizer split)
 * that the properties constructor turns on, so that one flag is set back by reflection. If that ever fails (another
 * CoreNLP version), {@link #create} returns {@code null} and the caller uses the ungated annotator.
 */
final class TimeGatedNer {
    private static final Logger LOG = LoggerFactory.getLogger(TimeGatedNer.class);

    /** Words SUTime's English rules (models/sutime/english*.sutime.txt) or the number normaliser start from. */
    private static final Set<String> WORDS = Set.of(
            // months, weekdays and their abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            // seasons, holidays
            "spring", "summer", "fall", "autumn", "winter", "eve", "christmas", "xmas", "x-mas", "easter",
            "halloween", "thanksgiving", "valentine", "mayo", "ides",
            // time units and periodic sets
            "millisecond", "millisec", "second", "sec", "minute", "min", "hour", "hr", "hrs", "day", "daily", "week",
            "wk", "weekend", "weekday", "workweek", "fortnight", "month", "mo", "mos", "quarter", "year", "yr",
            "decade", "century", "centuries", "centennial", "millennium", "millennia", "millenium", "millenia",
            "annual", "annually", "yearly", "monthly", "weekly", "hourly", "nightly", "quarterly", "biannual",
            "biennial", "semiannual",
            // parts of the day
            "morning", "afternoon", "evening", "night", "tonight", "tonite", "overnight", "nighttime", "daytime",
            "daylight", "noon", "midday", "midnight", "teatime", "lunchtime", "dinnertime", "suppertime", "dusk",
            "dawn", "daybreak", "sunup", "sunrise", "sundown", "sunset", "twilight", "a.m.", "p.m.", "am", "pm",
            "o'clock", "o’clock", "oclock",
            // the present, past and future; "once", "twice" ("time" alone only in "at the time": see below)
            "today", "tomorrow", "yesterday", "now", "nowadays", "current", "currently", "present", "recent",
            "recently", "lately", "past", "previously", "medieval", "future", "ago", "hence", "earlier", "later",
            "once", "twice", "thrice",
            // decades and number words
            "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "noughts", "oughts", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion", "dozen", "score", "gross", "half", "couple",
            "hundredth", "thousandth", "millionth", "billionth", "trillionth", "percent");
    /** SUTime's periodic sets also match as the end of a word ("biweekly", "semiannually"). */
    private static final List<String> SET_SUFFIXES = List.of("yearly", "annually", "annual", "hourly", "nightly",
            "daily", "weekly", "monthly", "quarterly", "centennial");

    private TimeGatedNer() {
    }

    /**
     * Whether SUTime or the numeric classifiers could tag anything in these tokens (CoreNLP's NER tokens: words,
     * POS tags). Errs towards yes: a yes costs time, a wrong no would lose a date.
     */
    static boolean mayHoldTimeOrNumber(List<CoreLabel> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            CoreLabel t = tokens.get(k);
            String w = t.word();
            if (w == null) {
                continue;
            }
            if ("CD".equals(t.tag()) || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(w).matches()) {
                return true;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
            String lower = w.toLowerCase(Locale.ROOT);
            // SUTime reads "time" alone in "at the time"; "2 times", "1400 hours ... time" have a number
            if (lower.equals("time") && k >= 2 && "the".equalsIgnoreCase(tokens.get(k - 1).word())
                    && "at".equalsIgnoreCase(tokens.get(k - 2).word())) {
                return true;
            }
            if (isTimeWord(lower)) {
                return true;
            }
            for (String part : lower.split("-")) {
                if (isTimeWord(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTimeWord(String lower) {
        if (WORDS.contains(lower) || lower.endsWith("s") && WORDS.contains(lower.substring(0, lower.length() - 1))
                || lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1))) {
            return true;
        }
        for (String s : SET_SUFFIXES) {
            if (lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gated NER annotator over the CRF at {@code model}, or null when CoreNLP's annotator cannot be set up so.
     * It adds the tokens it tags to {@code seen}, and those of sentences given to SUTime to {@code timed}.
     */
    static Annotator create(String model, LongAdder seen, LongAdder timed) {
        Field nerTokenization;
        try {
            nerTokenization = NERCombinerAnnotator.class.getDeclaredField("useNERSpecificTokenization");
            nerTokenization.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("CoreNLP's NER annotator has changed ({}): SUTime runs on every sentence", e.toString());
            return null;
        }
        try {
            AbstractSequenceClassifier<CoreLabel> crf = ClassifierCombiner.loadClassifierFromPath(new Properties(), model);
            NERCombinerAnnotator annotator = new NERCombinerAnnotator(new Gated(crf, seen, timed), false, 1, 0, Integer.MAX_VALUE,
                    false, false);
            nerTokenization.setBoolean(annotator, true);
            return annotator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the NER model " + model, e);
        } catch (IllegalAccessException e) {
            LOG.warn("CoreNLP's NER annotator has changed ({}): SUTime runs on every sentence", e.toString());
            return null;
        }
    }

    /** The CRF plus SUTime and the numeric classifiers where they may find something, the CRF alone elsewhere. */
    private static final class Gated extends NERClassifierCombiner {
        private final transient NERClassifierCombiner crfOnly;
        private final transient LongAdder seen;
        private final transient LongAdder timed;

        @SuppressWarnings("unchecked")
        Gated(AbstractSequenceClassifier<CoreLabel> crf, LongAdder seen, LongAdder timed) throws IOException {
            super(true, true, crf);
            this.crfOnly = new NERClassifierCombiner(false, false, crf);
            this.seen = seen;
            this.timed = timed;
        }

        @Override
        public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document,
                                                             CoreMap sentence) {
            seen.add(tokens.size());
            if (mayHoldTimeOrNumber(tokens)) {
                timed.add(tokens.size());
                return super.classifyWithGlobalInformation(tokens, document, sentence);
            }
            return crfOnly.classifyWithGlobalInformation(tokens, document, sentence);
        }
    }
}
