package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.itqan.quran.accounts.AccountDeleted;
import org.itqan.quran.content.ContentCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The module alone (its dependencies' beans mocked): writes publish their events, AccountDeleted erases. */
@ApplicationModuleTest
// the integrity health indicator belongs to the content module, which is not started here
@TestPropertySource(properties = "management.endpoint.health.group.readiness.include=readinessState,db")
class UserDataModuleTests {

    @MockitoBean
    ContentCatalog content;
    @Autowired
    BookmarkManagement bookmarks;

    @Test
    void addingABookmarkPublishesBookmarkAdded(Scenario scenario) {
        var account = UUID.randomUUID();
        scenario.stimulate(() -> bookmarks.add(account, BookmarkType.AYAH, 2, 255, 1, false))
                .andWaitForEventOfType(BookmarkAdded.class)
                .matching(event -> event.account().equals(account))
                .toArriveAndVerify(event -> assertThat(bookmarks.find(account, event.bookmark())).isPresent());
    }

    @Test
    void accountDeletedErasesTheAccountsData(Scenario scenario) {
        var account = UUID.randomUUID();
        bookmarks.add(account, BookmarkType.SURAH, 1, null, 1, false);
        scenario.publish(new AccountDeleted(account))
                .andWaitForEventOfType(UserDataErased.class)
                .matching(event -> event.account().equals(account))
                .toArriveAndVerify(event -> assertThat(bookmarks.list(account, null, null, Keyset.first(10)).items())
                        .isEmpty());
    }
}
