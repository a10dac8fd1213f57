package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;

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
        // A rebuild is about 5 s of CPU; the default 10 s wait was too short on a busy 2-core machine.
        scenario.publish(new ContentImported("another-version"))
                .customize(wait -> wait.atMost(java.time.Duration.ofSeconds(60)))
                .andWaitForStateChange(() -> index.snapshot(), snapshot -> snapshot != before)
                .andVerify(snapshot -> assertThat(snapshot.reader().numDocs()).isEqualTo(6236));
    }
}
