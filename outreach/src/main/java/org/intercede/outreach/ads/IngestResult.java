package org.intercede.outreach.ads;

import java.util.List;

/** One ad taken in: its id (stable for the same ad), whether it was new, and the numbers found in it. */
public record IngestResult(String id, boolean isNew, List<String> phones) {
}
