package org.dipkg.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;

import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sys.JenaSystem;

/**
 * JSON-LD is read without fetching anything: a document whose {@code @context} (or
 * {@code @import}) names a URL, remote or {@code file:}, is refused with an error that
 * names the URL, instead of the reader calling out to the network or reading a local file.
 * Contexts written inline in the document work as usual.
 */
final class JsonLdContexts {
    static {
        JenaSystem.init();
    }

    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "JSON-LD context <" + url
                + "> not loaded: dipkg does not fetch contexts (remote or file); write the context inline");
    };

    private JsonLdContexts() {
    }

    /** Makes every JSON-LD read in this process refuse to load contexts by URL. Idempotent. */
    static synchronized void refuseLoading() {
        if (RIOT.getContext().get(LangJSONLD11.JSONLD_OPTIONS) == null) {
            JsonLdOptions options = new JsonLdOptions(REFUSE);
            RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
        }
    }
}
