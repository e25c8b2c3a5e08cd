package org.dipkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the media type to answer with from an HTTP {@code Accept} header and the
 * types a route offers. The most specific matching range gives an offer its
 * quality; the offer with the highest quality wins and ties go to the earlier
 * offer. A missing header, or one that accepts none of the offers, yields the
 * first offer.
 *
 * <pre>
 *   String type = ContentNegotiation.choose(request.getHeader("Accept"),
 *           List.of("text/turtle", "text/html"));
 * </pre>
 */
public final class ContentNegotiation {

    private record Range(String type, String subtype, double quality) {
        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for no match. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(offerType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(offerSubtype) ? 2 : -1;
        }
    }

    private ContentNegotiation() {
    }

    public static String choose(String accept, List<String> offers) {
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("no media type offered");
        }
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        List<Range> ranges = parse(accept);
        String best = offers.get(0);
        double bestQuality = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQuality) {
                best = offer;
                bestQuality = q;
            }
        }
        return best;
    }

    static double quality(List<Range> ranges, String offer) {
        String[] parts = offer.toLowerCase(Locale.ROOT).split("/", 2);
        int bestSpecificity = -1;
        double quality = 0;
        for (Range range : ranges) {
            int s = range.specificity(parts[0], parts[1]);
            if (s > bestSpecificity) {
                bestSpecificity = s;
                quality = range.quality();
            }
        }
        return quality;
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.split(";");
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            ranges.add(new Range(type[0], type[1], qualityOf(params)));
        }
        return ranges;
    }

    private static double qualityOf(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String[] kv = params[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(kv[1].trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
