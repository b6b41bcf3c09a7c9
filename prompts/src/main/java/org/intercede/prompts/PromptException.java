package org.intercede.prompts;

/** A message cannot be rendered: an unknown key, a missing slot value. A bug in the caller or the catalog. */
public class PromptException extends IllegalArgumentException {
    public PromptException(String message) {
        super(message);
    }
}
