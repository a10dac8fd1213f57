package org.itqan.quran.alquran;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Script;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Maps AlQuran Cloud edition identifiers to our scripts and resources. The identifiers of works AlQuran Cloud also
 * serves are theirs ({@code en.sahih}); a resource without one gets {@code <language>.<slug>}. Which editions exist
 * for a request is decided by the content module's {@link ResourceFilter}, never here.
 */
@Component
class Editions {

    /** The most editions one request may name ({@code /editions/a,b,c}): bounds the work of a request. */
    static final int MAX_PER_REQUEST = 10;
    static final String DEFAULT = "quran-uthmani";

    private static final Map<Integer, String> IDENTIFIERS = Map.of(20, "en.sahih", 19, "en.pickthall",
            22, "en.yusufali", 31, "fr.hamidullah", 33, "id.indonesian", 1001, "tr.rowwad", 1002, "ur.kanzuliman",
            1003, "ar.jalalayn");

    private static final List<Edition> QURAN = List.of(
            new Edition("quran-uthmani", "ar", "القرآن الكريم برسم العثماني", "Uthmani", "quran", "rtl",
                    Script.UTHMANI, null),
            new Edition("quran-simple", "ar", "القرآن الكريم المبسط (تشكيل بسيط)", "Simple", "quran", "rtl",
                    Script.IMLAEI, null),
            new Edition("quran-simple-clean", "ar", "القرآن الكريم المبسط (بدون تشكيل)", "Simple Clean", "quran",
                    "rtl", Script.IMLAEI_SIMPLE, null));

    private final ContentCatalog catalog;

    Editions(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every edition the filter admits: the Quran scripts, then translations, then tafsirs. */
    List<Edition> all(ResourceFilter filter) {
        var editions = new ArrayList<>(QURAN);
        for (var type : ResourceType.values()) {
            catalog.resources(type, filter).forEach(r -> editions.add(of(r)));
        }
        return editions;
    }

    /** @throws ApiProblem 404 naming the identifier when no admitted edition has it */
    Edition get(String identifier, ResourceFilter filter) {
        return all(filter).stream().filter(e -> e.identifier().equals(identifier)).findFirst()
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.RESOURCE_NOT_FOUND,
                        Message.of("detail.edition.not-found",
                                AlQuranParams.abbreviate(identifier))));
    }

    /** A comma-separated list of identifiers, in the order given, duplicates dropped. */
    List<Edition> list(String identifiers, ResourceFilter filter) {
        var names = new LinkedHashSet<String>();
        for (var name : identifiers.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty() || names.size() > MAX_PER_REQUEST) {
            throw ApiProblem.invalidParameter("editions", identifiers,
                    Message.of("expected.edition-identifiers", MAX_PER_REQUEST));
        }
        return names.stream().map(name -> get(name, filter)).toList();
    }

    private static Edition of(Resource r) {
        var identifier = IDENTIFIERS.getOrDefault(r.id(), r.languageIso() + "." + r.slug());
        return new Edition(identifier, r.languageIso(), r.name(), r.authorName(), r.type().apiName(), r.direction(),
                null, r);
    }
}
