package org.itqan.quran.content.importer;

/** A data file failed verification; the import stops and nothing of the file is stored. */
public class DataFileRejectedException extends RuntimeException {

    public DataFileRejectedException(String message) {
        super(message);
    }
}
