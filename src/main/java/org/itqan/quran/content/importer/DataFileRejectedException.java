package org.itqan.quran.content.importer;

/** A data file failed verification; the import stops and nothing of the file is stored. */
public class DataFileRejectedException extends RuntimeException {

    public DataFileRejectedException(String message) {
        super(message);
    }

    /**
     * A file that could not be parsed: the message says what the parser said, without the parser's class names (it
     * is shown to whoever uploaded the file), and the cause keeps them for the log.
     */
    public DataFileRejectedException(String message, Exception cause) {
        super(message + ": " + innermostMessage(cause), cause);
    }

    private static String innermostMessage(Throwable e) {
        var message = "unreadable";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message.strip();
    }
}
