package org.itqan.quran.content.importer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

/**
 * Reads Tanzil's {@code <quran><sura index><aya index text [bismillah]/>} files: the Quran text in each script and
 * the Tanzil translations and tafsir. The text is the attribute value exactly as decoded by the XML parser; no
 * Unicode normalisation or trimming is applied (the Quran files contain no entity references, so decoded equals raw).
 */
final class TanzilXml {

    record Row(int chapter, int verse, String text, @Nullable String bismillah) {
    }

    private TanzilXml() {
    }

    static List<Row> read(byte[] bytes, String path) {
        var factory = XMLInputFactory.newFactory();
        // The files are local and verified, but a parser should still never fetch or expand external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        var rows = new ArrayList<Row>(6236);
        try {
            var reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            int chapter = 0;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "sura" -> chapter = Integer.parseInt(reader.getAttributeValue(null, "index"));
                    case "aya" -> rows.add(new Row(chapter, Integer.parseInt(reader.getAttributeValue(null, "index")),
                            reader.getAttributeValue(null, "text"), reader.getAttributeValue(null, "bismillah")));
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new DataFileRejectedException("Data file " + path + " is not a readable Tanzil XML file", e);
        }
        return rows;
    }
}
