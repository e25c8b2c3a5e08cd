package org.dipkg.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import org.dipkg.rdf.CorpusConverter;

/**
 * What one shard holds: its articles, quads and facts by kind, and the articles that are
 * not in it with the reason (a line that is no article, a duplicate id, a conversion that
 * failed). Written beside the shard as {@code shard-NNNNN.summary.json}.
 */
public record ShardSummary(String shard, int articles, long quads, Map<String, Integer> facts, List<String> failures,
                           List<String> warnings) implements Serializable {
    public ShardSummary {
        facts = new LinkedHashMap<>(facts);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    static ShardSummary of(String shard, CorpusConverter.Summary s, long quads, List<String> warnings) {
        return new ShardSummary(shard, s.converted(), quads, s.facts(), s.failures(), warnings);
    }

    public String json() {
        JsonObject o = new JsonObject();
        o.put("shard", shard);
        o.put("articles", articles);
        o.put("quads", quads);
        JsonObject f = new JsonObject();
        facts.forEach(f::put);
        o.put("facts", f);
        o.put("failures", array(failures));
        o.put("warnings", array(warnings));
        return org.apache.jena.atlas.json.JSON.toStringFlat(o);
    }

    private static JsonArray array(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
