package org.intercede.prompts;

import java.util.List;

/** A catalog with problems; it is never installed. */
public class InvalidCatalogException extends IllegalArgumentException {
    private final transient List<Problem> problems;

    public InvalidCatalogException(String what, List<Problem> problems) {
        super(what + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; the first: " + problems.get(0) + ". Run ./intercede prompts lint to see them all");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
