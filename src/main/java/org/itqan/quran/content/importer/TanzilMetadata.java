package org.itqan.quran.content.importer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.itqan.quran.content.DivisionType;
import org.itqan.quran.shared.VerseKey;

/**
 * Tanzil's {@code quran-data.xml} (metadata v1.0): chapters, and the first verse of every juz, hizb quarter, manzil,
 * ruku and page, plus the sajdas. Hizbs are not listed: a hizb is four quarters.
 */
record TanzilMetadata(List<Sura> suras, Map<DivisionType, List<VerseKey>> starts, List<Sajda> sajdas) {

    record Sura(int index, int ayas, int start, String name, String tname, String ename, String type, int order,
            int rukus) {
    }

    record Sajda(int index, VerseKey verse, String type) {
    }

    static TanzilMetadata read(byte[] bytes, String path) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        var suras = new ArrayList<Sura>();
        var starts = new EnumMap<DivisionType, List<VerseKey>>(DivisionType.class);
        var sajdas = new ArrayList<Sajda>();
        try {
            var r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                var element = r.getLocalName();
                switch (element) {
                    case "sura" -> suras.add(new Sura(intAttr(r, "index"), intAttr(r, "ayas"), intAttr(r, "start"),
                            r.getAttributeValue(null, "name"), r.getAttributeValue(null, "tname"),
                            r.getAttributeValue(null, "ename"), r.getAttributeValue(null, "type"),
                            intAttr(r, "order"), intAttr(r, "rukus")));
                    case "juz", "quarter", "manzil", "ruku", "page" -> starts
                            .computeIfAbsent(divisionOf(element), k -> new ArrayList<>())
                            .add(new VerseKey(intAttr(r, "sura"), intAttr(r, "aya")));
                    case "sajda" -> sajdas.add(new Sajda(intAttr(r, "index"),
                            new VerseKey(intAttr(r, "sura"), intAttr(r, "aya")), r.getAttributeValue(null, "type")));
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new DataFileRejectedException("Data file " + path + " is not readable Tanzil metadata", e);
        }
        return new TanzilMetadata(suras, starts, sajdas);
    }

    private static DivisionType divisionOf(String element) {
        return switch (element) {
            case "juz" -> DivisionType.JUZ;
            case "quarter" -> DivisionType.RUB_EL_HIZB;
            case "manzil" -> DivisionType.MANZIL;
            case "ruku" -> DivisionType.RUKU;
            default -> DivisionType.PAGE;
        };
    }

    private static int intAttr(javax.xml.stream.XMLStreamReader r, String name) {
        return Integer.parseInt(r.getAttributeValue(null, name));
    }
}
