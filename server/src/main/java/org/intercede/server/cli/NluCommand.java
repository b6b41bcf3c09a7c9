package org.intercede.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "nlu", mixinStandardHelpOptions = true,
        description = "Understanding messages: evaluate the buyer and triage classifiers.",
        subcommands = {NluEvalCommand.class, CommandLine.HelpCommand.class})
public class NluCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: eval");
    }
}
