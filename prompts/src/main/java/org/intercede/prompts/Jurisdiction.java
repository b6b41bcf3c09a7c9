package org.intercede.prompts;

import java.util.List;

/**
 * A legal system whose law deterrence messages state. Messages live under {@code deterrence.<id>.<level>}.
 *
 * @param isDefault the jurisdiction used when a number names none
 */
public record Jurisdiction(String id, String name, boolean isDefault, List<Penalty> penalties, List<HelpResource> resources) {
    public Jurisdiction {
        penalties = List.copyOf(penalties);
        resources = List.copyOf(resources);
    }
}
