package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAllowListTest {
    final ServiceAllowList list = ServiceAllowList.of(List.of("http://other:3031/ds/sparql", "https://Data.Example.org/"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://other:3031/ds/sparql, true",
        "http://other:3031/ds/sparql/, true",
        "http://other:3031/ds/sparql/more, true",
        "http://OTHER:3031/ds/sparql, true",
        "http://other:3031/ds/sparqlx, false",
        "http://other:3031/ds/, false",
        "http://other:3032/ds/sparql, false",
        "https://other:3031/ds/sparql, false",
        "http://other:3031@evil.example/ds/sparql, false",
        "http://evil.example/http://other:3031/ds/sparql, false",
        "https://data.example.org/anything/sparql, true",
        "https://data.example.org:443/sparql, true",
        "https://data.example.org.evil.example/sparql, false",
        "ftp://other:3031/ds/sparql, false",
        "urn:x-arq:self, false",
        "not a url, false"
    })
    void allowsListedPrefixesOnly(String url, boolean allowed) {
        assertThat(list.allows(url)).isEqualTo(allowed);
    }

    @Test
    void noneAllowsNothing() {
        assertThat(ServiceAllowList.none().isEmpty()).isTrue();
        assertThat(ServiceAllowList.none().allows("http://other:3031/ds/sparql")).isFalse();
    }

    @Test
    void refusalNamesTheUrlAndTheRule() {
        assertThat(ServiceAllowList.none().refusal("http://x/sparql"))
                .isEqualTo("SERVICE <http://x/sparql> refused: SERVICE to remote endpoints is off on this server");
        assertThat(list.refusal("http://x/sparql")).contains("<http://x/sparql>", "http://other:3031/ds/sparql");
    }

    @Test
    void badPrefixIsRejected() {
        assertThatThrownBy(() -> ServiceAllowList.of(List.of("other:3031"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceAllowList.of(List.of("file:///etc"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appliesItselfToAContext() {
        Context context = new Context();
        ServiceAllowList.none().applyTo(context);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get(context);
        assertThat(registry).isNotSameAs(ServiceExecutorRegistry.get());
        assertThat(registry.getSingleChain().get(0)).isInstanceOf(AllowListServiceExecutor.class);
        assertThat(registry.getBulkChain().get(0)).isInstanceOf(AllowListServiceExecutor.class);
        assertThat(context.isFalse(ARQ.httpServiceAllowed)).isTrue();

        list.applyTo(context);
        assertThat(context.isTrue(ARQ.httpServiceAllowed)).isTrue();
    }
}
