package org.intercede.server.cli;

import org.intercede.server.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the command line: {@code intercede [command] [options]}. */
@Command(name = "intercede",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Intercede: SMS deterrence of sex buyers and outreach to the people advertised.",
                "With no command, runs 'serve'."},
        subcommands = {ServeCommand.class, ClassifyCommand.class, TriageCommand.class, NluCommand.class,
                SimulateCommand.class, BotCommand.class, NumbersCommand.class, ExtractPhonesCommand.class,
                ExtractCommand.class, AdsCommand.class, OutreachCommand.class, UsersCommand.class, PromptsCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public class IntercedeCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new IntercedeCommand());
        // Exit codes of CONTRACTS.md: 2 for bad usage or input, 1 for anything else.
        cli.setExitCodeExceptionMapper(e -> e instanceof UsageError || e instanceof CommandLine.ParameterException ? 2 : 1);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("intercede: " + e.getMessage());
            return commandLine.getExitCodeExceptionMapper().getExitCode(e);
        });
        return cli;
    }

    @Override
    public void run() {
        // Main puts "serve" in front when no command is given; reaching here means the caller did not.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
