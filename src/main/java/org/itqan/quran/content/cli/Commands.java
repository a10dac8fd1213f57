package org.itqan.quran.content.cli;

import java.io.PrintStream;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The jar's command-line mode: {@code java -jar quran-api.jar import|verify|export ...}. The same application context
 * starts without a web server ({@code web-application-type=none}), one command runs, and the process exits with a
 * meaningful code. It is chosen in {@code main} before Spring starts, rather than by a runner inside a started
 * server, so that a usage error costs no start-up and a command never opens a port.
 */
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Commands() {
    }

    /** Whether the first argument names a command (otherwise the server starts). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && Command.NAMES.contains(args[0]);
    }

    /**
     * Runs one command in a context built from {@code application}.
     *
     * @param properties extra Spring properties, e.g. for tests
     * @return the process exit code: {@link #OK}, {@link #FAILED} (integrity or data failure) or {@link #USAGE}
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err,
            String... properties) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (Command.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(Command.USAGE);
            return USAGE;
        }
        try (var context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("quran.integrity.check-on-startup=false").properties(properties).run()) {
            return context.getBean(ContentCommands.class)
                    .execute(command, new Progress(out, System.console() != null), err);
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }
}
