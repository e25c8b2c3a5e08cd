package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

class DipkgServerTest {

    @Test
    void settingsAreChecked() {
        DipkgServer.Builder builder = DipkgServer.create();
        assertThatThrownBy(() -> builder.port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRows(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.queriesAtOnce(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.allowService(List.of("not a url")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class).hasMessageContaining("dataset");
    }

    @Test
    void sortsKeepAShareOfTheHeapPerQueryBeforeSpilling() {
        assertThat(DipkgServer.Builder.spillRows(1L << 30, 4)).isEqualTo(32_768);
        assertThat(DipkgServer.Builder.spillRows(4L << 30, 4)).isEqualTo(131_072);
        assertThat(DipkgServer.Builder.spillRows(64L << 20, 64)).isEqualTo(10_000);
    }

    @Test
    void buildingMakesTheDefaultGraphTheUnion() {
        Dataset dataset = DatasetFactory.createTxnMem();
        DipkgServer server = DipkgServer.create().dataset(dataset).port(0).build();
        assertThat(dataset.getContext().isTrue(TDB2.symUnionDefaultGraph)).isTrue();
        assertThat(server).isNotNull();
    }
}
