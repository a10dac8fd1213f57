package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.itqan.quran.content.ContentImported;
import org.itqan.quran.search.index.VerseIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** The search module with the modules it depends on: a ContentImported event rebuilds the index. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class SearchModuleTests {

    @Autowired
    VerseIndex index;

    @Test
    void rebuildsTheIndexOnContentImported(Scenario scenario) {
        var before = index.snapshot();
        // A rebuild takes seconds, more on a busy machine: Scenario's default 10 s wait is too short to be reliable.
        scenario.publish(new ContentImported("another-version")).customize(when -> when.atMost(Duration.ofMinutes(2)))
                .andWaitForStateChange(() -> index.snapshot(), snapshot -> snapshot != before)
                .andVerify(snapshot -> assertThat(snapshot.reader().numDocs()).isEqualTo(6236));
    }
}
