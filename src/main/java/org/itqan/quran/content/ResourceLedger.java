package org.itqan.quran.content;

import java.util.List;

import org.itqan.quran.content.ledger.LedgerRepository;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The public read side of the ledger: every version of a resource and every correction proposed to it. */
@Service
public class ResourceLedger {

    private final LedgerRepository ledger;

    ResourceLedger(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    /** Versions in the order they were stored: imports and approved corrections. */
    public List<ResourceVersion> versions(Resource resource) {
        return ledger.versions(resource.id());
    }

    /** Corrections in the order they were proposed, whatever their status; of one verse when it is given. */
    public List<Correction> corrections(Resource resource, @Nullable VerseKey verse) {
        return ledger.corrections(resource.id(), verse == null ? null : verse.id());
    }
}
