package org.intercede.server.cli;

import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.eval.EvaluationReport;
import org.intercede.nlp.eval.Evaluator;
import org.intercede.nlp.model.Corpus;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.triage.ReplyTriage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate the buyer or triage classifier.",
                "Prints per-label precision, recall and F1, the confusion matrix, and for buyers underage recall and "
                        + "false-positive rate, for replies crisis and opt-out recall.",
                "With FILE: the shipped models on a labelled TSV (buyer: intent<TAB>underage<TAB>text; triage: "
                        + "label<TAB>text; '#' lines are comments). With --cv K: K-fold cross-validation on the "
                        + "training corpus (deterministic folds)."})
public class NluEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", defaultValue = "buyer", description = "buyer or triage (default buyer).")
    String task;

    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate on the training corpus with K folds.")
    Integer folds;

    @Option(names = "--errors", description = "List every wrong prediction.")
    boolean errors;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A labelled TSV file to evaluate on.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!task.equals("buyer") && !task.equals("triage")) {
            throw new UsageError("--task must be buyer or triage, not '" + task + "'");
        }
        if ((folds == null) == (file == null)) {
            throw new UsageError("give either --cv K or a FILE to evaluate on");
        }
        QuietLibraries.opennlp();
        EvaluationReport report;
        if (folds != null) {
            if (folds < 2) {
                throw new UsageError("--cv needs at least 2 folds");
            }
            report = task.equals("buyer") ? Evaluator.crossValidateBuyer(folds) : Evaluator.crossValidateTriage(folds);
        } else {
            List<LabelledText> rows = read(file);
            report = task.equals("buyer") ? Evaluator.buyer(BuyerClassifier.load(), rows, List.of())
                    : Evaluator.triage(ReplyTriage.load(), rows);
        }
        spec.commandLine().getOut().print(report.format(errors));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private List<LabelledText> read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new UsageError("cannot read " + path + ": no such file");
        }
        try {
            List<LabelledText> rows = Corpus.file(path, task.equals("buyer") ? Corpus.Shape.BUYER : Corpus.Shape.TRIAGE);
            if (rows.isEmpty()) {
                throw new UsageError(path + ": no labelled lines");
            }
            return rows;
        } catch (Corpus.FormatException e) {
            throw new UsageError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UsageError("cannot read " + path + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageError(path + ": not UTF-8 text");
        }
    }
}
