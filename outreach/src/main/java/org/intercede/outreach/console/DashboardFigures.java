package org.intercede.outreach.console;

import java.util.Map;

/**
 * A panel of figures from another part of the product for the supervisors' dashboard (the deterrence bot's
 * are added by the server, which sees both modules: outreach and bot never import each other).
 */
public interface DashboardFigures {

    String title();

    /** Label to count, in display order, over the last {@code days} days. */
    Map<String, Long> figures(int days);
}
