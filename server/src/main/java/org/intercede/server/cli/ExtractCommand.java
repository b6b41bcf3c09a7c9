package org.intercede.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Phone numbers in ads: evaluate the extractor on a labelled file.",
        subcommands = {ExtractEvalCommand.class, CommandLine.HelpCommand.class})
public class ExtractCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: eval");
    }
}
