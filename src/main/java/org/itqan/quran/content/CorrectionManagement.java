package org.itqan.quran.content;

import java.time.Clock;
import java.util.List;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.integrity.CanonicalRows;
import org.itqan.quran.content.ledger.LedgerRepository;
import org.itqan.quran.content.persistence.ContentRepository;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections of translation and tafsir texts under the four-eyes rule: anyone with the EDITOR role may propose one,
 * and only someone else may approve or reject it. An approval changes the text, the integrity manifest and the
 * resource's version in one transaction, so the runtime integrity check stays green and offline copies see the new
 * version in the change feed. The rule is enforced here and again by a database constraint.
 * <p>
 * Callers pass the acting user's identity; there is no HTTP entry point yet because the EDITOR/ADMIN roles (issue 4)
 * do not exist, and no write may be unprotected.
 */
@Service
public class CorrectionManagement {

    static final int MAX_TEXT = 10_000;

    private final ContentCatalog catalog;
    private final ContentRepository content;
    private final LedgerRepository ledger;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CorrectionManagement(ContentCatalog catalog, ContentRepository content, LedgerRepository ledger,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.content = content;
        this.ledger = ledger;
        this.transactions = transactions;
        this.events = events;
    }

    /** Records a proposal against the verse's current text; nothing is served differently until it is approved. */
    public Correction propose(int resourceId, VerseKey verse, String newText, String reason,
            @Nullable String sourceReference, String proposer) {
        var resource = resource(resourceId);
        require("new_text", newText, MAX_TEXT);
        require("reason", reason, 2000);
        require("proposer", proposer, 100);
        if (sourceReference != null) {
            require("source_reference", sourceReference, 500);
        }
        var current = catalog.texts(resource.type(), List.of(resourceId), verse.id(), verse.id())
                .get(resourceId).get(verse.id());
        if (current == null || current.text().equals(newText)) {
            throw ApiProblem.invalidParameter("new_text", newText, Message.of("expected.different-text"));
        }
        Long id = transactions.execute(status -> {
            long proposed = ledger.propose(resourceId, verse.id(), current.text(), newText, reason, sourceReference,
                    proposer, clock.instant());
            events.publishEvent(new CorrectionChanged(proposed, resourceId, verse.toString(),
                    Correction.Status.PROPOSED));
            return proposed;
        });
        return correction(java.util.Objects.requireNonNull(id));
    }

    /**
     * Applies a proposal. @throws ApiProblem 403 {@code four-eyes-required} when the reviewer proposed it, 409
     * {@code correction-conflict} when it was decided already or the verse's text changed since it was proposed
     */
    public Correction approve(long id, String reviewer) {
        var proposal = undecided(id, reviewer);
        var resource = resource(proposal.resourceId());
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            if (!ledger.decide(id, Correction.Status.APPROVED, reviewer, now)) {
                throw conflict(id, Message.of("detail.correction.decided-meanwhile"));
            }
            if (!ledger.replaceText(resource.type(), resource.id(), proposal.verseKey().id(), proposal.oldText(),
                    proposal.newText())) {
                throw conflict(id, Message.of("detail.correction.text-changed"));
            }
            var entry = CanonicalRows.resource(resource, content.allTexts(resource));
            content.putManifest(resource.manifestKey(), entry, resource.sourceFile(), resource.sourceSha256(), now);
            var base = resource.version().contains("+c") ? resource.version().substring(0,
                    resource.version().indexOf("+c")) : resource.version();
            var version = base + "+c" + id;
            ledger.updateVersion(resource.id(), version, now);
            ledger.recordVersion(new ResourceVersion(resource.id(), version, "correction", resource.sourceFile(),
                    resource.sourceSha256(), entry.sha256(), now));
            events.publishEvent(new CorrectionChanged(id, resource.id(), proposal.verseKey().toString(),
                    Correction.Status.APPROVED));
            events.publishEvent(new ResourceUpdated(resource.id(), resource.type(), resource.version(), version,
                    ResourceUpdated.Reason.CORRECTION, proposal.verseKey().toString()));
        });
        catalog.reload();
        transactions.executeWithoutResult(status -> events.publishEvent(new ContentImported(catalog.contentVersion())));
        return correction(id);
    }

    /** Declines a proposal; the ledger keeps it. Same four-eyes rule as {@link #approve}. */
    public Correction reject(long id, String reviewer) {
        var proposal = undecided(id, reviewer);
        transactions.executeWithoutResult(status -> {
            if (!ledger.decide(id, Correction.Status.REJECTED, reviewer, clock.instant())) {
                throw conflict(id, Message.of("detail.correction.decided-meanwhile"));
            }
            events.publishEvent(new CorrectionChanged(id, proposal.resourceId(), proposal.verseKey().toString(),
                    Correction.Status.REJECTED));
        });
        return correction(id);
    }

    private Correction undecided(long id, String reviewer) {
        require("reviewer", reviewer, 100);
        var proposal = correction(id);
        if (proposal.status() != Correction.Status.PROPOSED) {
            throw conflict(id, Message.of("detail.correction.already",
                    Message.of("correction-status." + proposal.status().apiName())));
        }
        if (proposal.proposedBy().equals(reviewer)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FOUR_EYES_REQUIRED, Message.of("detail.correction.four-eyes", id)).with("correction_id", id);
        }
        return proposal;
    }

    private Correction correction(long id) {
        return ledger.correction(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                ProblemType.CORRECTION_NOT_FOUND, Message.of("detail.correction.not-found", id)).with("correction_id", id));
    }

    private Resource resource(int id) {
        return catalog.resource(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                ProblemType.RESOURCE_NOT_FOUND, Message.of("detail.resource.not-found", id)).with("resource_id", id));
    }

    private ApiProblem conflict(long id, Message what) {
        var current = ledger.correction(id).map(c -> c.status().apiName()).orElse("unknown");
        return ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CORRECTION_CONFLICT, Message.of("detail.correction.conflict", id, what))
                .with("correction_id", id).with("status", current);
    }

    private static void require(String name, String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw ApiProblem.invalidParameter(name, value, Message.of("expected.character-range", 1, max));
        }
    }
}
