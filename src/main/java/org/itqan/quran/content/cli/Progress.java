package org.itqan.quran.content.cli;

import java.io.PrintStream;

/**
 * Progress of a command: a bar redrawn in place on a terminal, one plain line per step otherwise (logs and CI
 * cannot render carriage returns).
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void step(int done, int total, String label) {
        if (!terminal) {
            out.println("[" + done + "/" + total + "] " + label);
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label
                + "\u001b[K");
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    void line(String text) {
        out.println(text);
    }
}
