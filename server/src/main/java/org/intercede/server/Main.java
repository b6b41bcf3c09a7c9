package org.intercede.server;

import org.intercede.server.cli.IntercedeCommand;
import picocli.CommandLine;

import java.util.Set;

/** Entry point of the one runnable. With no command (or only options) it serves. */
public final class Main {
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = IntercedeCommand.commandLine();
        return cli.execute(withDefaultCommand(args));
    }

    public static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0])) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }
}
