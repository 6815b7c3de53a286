package org.diplokg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server-driven content negotiation on the {@code Accept} header (RFC 9110, section 12.5.1): the quality of an
 * offered type is the q of the <em>most specific</em> range that matches it, q=0 means "not acceptable", and among
 * equally good offers the server's order decides. A missing header accepts anything.
 *
 * <p>Written here rather than using Jena's {@code AcceptList} because that one takes the highest q among all
 * matching ranges (so {@code text/turtle;q=0, *}{@code /*} would still choose Turtle), never refuses on q=0, and
 * prints a stack trace to stderr for a malformed header.
 *
 * <pre>{@code
 * Optional<Representation> r = Conneg.choose(request.getHeader("Accept"), List.of(Representation.values()));
 * }</pre>
 */
final class Conneg {
    private Conneg() {
    }

    /** One media range of an Accept header. */
    record Range(String type, String subtype, double q) {
        boolean matches(String offerType, String offerSubtype) {
            return (type.equals("*") || type.equals(offerType))
                    && (subtype.equals("*") || subtype.equals(offerSubtype));
        }

        int specificity() {
            return (type.equals("*") ? 0 : 2) + (subtype.equals("*") ? 0 : 1);
        }
    }

    /**
     * The ranges of a header. Malformed entries (and q values outside 0..1) are ignored; a header with nothing
     * valid in it is ignored as a whole, as if absent.
     */
    static List<Range> parse(String header) {
        List<Range> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            out.add(new Range("*", "*", 1.0));
            return out;
        }
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String mt = parts[0].trim().toLowerCase(Locale.ROOT);
            if (mt.equals("*")) {
                mt = "*/*"; // sent by older Java clients
            }
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1 || mt.indexOf('/', slash + 1) >= 0) {
                continue;
            }
            String type = mt.substring(0, slash);
            String subtype = mt.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) {
                continue;
            }
            Double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    q = quality(p.substring(2).trim());
                }
            }
            if (q != null) {
                out.add(new Range(type, subtype, q));
            }
        }
        return out.isEmpty() ? parse(null) : out;
    }

    private static Double quality(String s) {
        try {
            double q = Double.parseDouble(s);
            return q >= 0 && q <= 1 ? q : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The quality the header gives one concrete media type, 0 when it does not accept it. */
    static double quality(List<Range> ranges, String mediaType) {
        int slash = mediaType.indexOf('/');
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(type, subtype) && (best == null || r.specificity() > best.specificity()
                    || (r.specificity() == best.specificity() && r.q() > best.q()))) {
                best = r;
            }
        }
        return best == null ? 0 : best.q();
    }

    /** Something the server can send, under one or more media types (the first is the one it announces). */
    interface Offer {
        List<String> mediaTypes();
    }

    /** The best of {@code offers} (in the server's order of preference) for the header, or empty for a 406. */
    static <T extends Offer> Optional<T> choose(String acceptHeader, List<T> offers) {
        List<Range> ranges = parse(acceptHeader);
        T best = null;
        double bestQ = 0;
        for (T offer : offers) {
            for (String mt : offer.mediaTypes()) {
                double q = quality(ranges, mt);
                if (q > bestQ) {
                    best = offer;
                    bestQ = q;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
