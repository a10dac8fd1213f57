package org.itqan.quran.alquran;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * OpenAPI descriptions of the /v1 shapes. Responses are rendered by {@link AlQuranPresenter} into precomputed bytes,
 * so springdoc cannot see their types; these records document them. Member names are AlQuran Cloud's.
 */
@SuppressWarnings("unused")
final class AlQuranSchemas {

    private AlQuranSchemas() {
    }

    @Schema(name = "AlQuranEdition", description = "AlQuran Cloud's edition members, then our licence members")
    record Edition(String identifier, String language, String name, String englishName,
            @Schema(allowableValues = "text") String format,
            @Schema(allowableValues = {"quran", "translation", "tafsir"}) String type,
            @Schema(allowableValues = {"ltr", "rtl"}) String direction, String source, String version,
            String license, boolean commercialUse, boolean derivativesAllowed, String attribution) {
    }

    @Schema(name = "AlQuranSurah")
    record Surah(int number, String name, String englishName, String englishNameTranslation,
            @Schema(allowableValues = {"Meccan", "Medinan"}) String revelationType, int numberOfAyahs) {
    }

    @Schema(name = "AlQuranAyah", description = "surah is present outside surah-level responses")
    record Ayah(int number, String text, Surah surah, int numberInSurah, int juz, int manzil, int page, int ruku,
            int hizbQuarter, @Schema(description = "false, or {id, recommended, obligatory}") Object sajda) {
    }

    @Schema(name = "AlQuranSurahWithAyahs")
    record SurahWithAyahs(int number, String name, String englishName, String englishNameTranslation,
            String revelationType, int numberOfAyahs, List<Ayah> ayahs, Edition edition) {
    }

    @Schema(name = "AlQuranSingleAyah")
    record SingleAyah(int number, String text, Edition edition, Surah surah, int numberInSurah, int juz, int manzil,
            int page, int ruku, int hizbQuarter, Object sajda) {
    }

    @Schema(name = "AlQuranSection", description = "a juz, page, manzil, ruku or hizbQuarter; sajda has no number")
    record Section(int number, List<Ayah> ayahs, Map<String, Surah> surahs, Edition edition) {
    }

    @Schema(name = "AlQuranMatch")
    record Match(int number, String text, Edition edition, Surah surah, int numberInSurah) {
    }

    @Schema(name = "AlQuranSearch")
    record Search(int count, List<Match> matches) {
    }

    @Schema(name = "AlQuranQuran")
    record Quran(List<SurahWithAyahs> surahs, Edition edition) {
    }

    @Schema(name = "AlQuranEditionsResponse")
    record Editions(int code, String status, List<Edition> data) {
    }

    @Schema(name = "AlQuranNamesResponse")
    record Names(int code, String status, List<String> data) {
    }

    @Schema(name = "AlQuranSurahsResponse")
    record Surahs(int code, String status, List<Surah> data) {
    }

    @Schema(name = "AlQuranSurahResponse")
    record SurahResponse(int code, String status, SurahWithAyahs data) {
    }

    @Schema(name = "AlQuranSurahEditionsResponse")
    record SurahEditions(int code, String status, List<SurahWithAyahs> data) {
    }

    @Schema(name = "AlQuranAyahResponse")
    record AyahResponse(int code, String status, SingleAyah data) {
    }

    @Schema(name = "AlQuranAyahEditionsResponse")
    record AyahEditions(int code, String status, List<SingleAyah> data) {
    }

    @Schema(name = "AlQuranSectionResponse")
    record SectionResponse(int code, String status, Section data) {
    }

    @Schema(name = "AlQuranSearchResponse")
    record SearchResponse(int code, String status, Search data) {
    }

    @Schema(name = "AlQuranQuranResponse")
    record QuranResponse(int code, String status, Quran data) {
    }

    @Schema(name = "AlQuranMetaResponse", description = "data: ayahs, surahs, sajdas, rukus, pages, manzils, "
            + "hizbQuarters and juzs, each {count, references}")
    record MetaResponse(int code, String status, Map<String, Object> data) {
    }
}
