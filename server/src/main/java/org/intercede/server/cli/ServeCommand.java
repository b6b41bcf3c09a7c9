package org.intercede.server.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.intercede.outreach.console.auth.DemoAdmin;
import org.intercede.server.Main;
import org.intercede.sms.privacy.MissingSecretException;
import org.intercede.sms.redis.RedisUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start Intercede: webhooks, simulator, health and metrics on one HTTP port.",
                "Uses REDIS_URL, or starts an embedded Redis with its data in ./data/redis."})
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--production", description = "Refuse development shortcuts: keys must come from the environment.")
    boolean production;

    @Option(names = "--port", description = "HTTP port (default 8080, or MICRONAUT_SERVER_PORT).")
    Integer port;

    @Override
    public Integer call() {
        Map<String, Object> properties = new HashMap<>();
        if (production) {
            properties.put("intercede.production", true);
        }
        if (port != null) {
            properties.put("micronaut.server.port", port);
        }
        ApplicationContext context;
        try {
            context = ApplicationContext.builder().mainClass(Main.class).properties(properties).start();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("intercede: cannot start: " + startupReason(e));
            return 1;
        }
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        try {
            server.start();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("intercede: cannot start the web server: " + startupReason(e));
            context.close();
            return 1;
        }
        // After the port is bound: a password made for a server that could not start would never be seen.
        Optional<String> demoAdmin;
        try {
            demoAdmin = context.getBean(DemoAdmin.class).createIfFirstStart();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("intercede: cannot start: " + startupReason(e));
            context.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "shutdown"));
        String base = server.getURL().toString();
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("  Intercede is running.");
        out.println("    Console:    " + base + "/console");
        out.println("    Simulator:  " + base + "/simulator");
        out.println("    Health:     " + base + "/health");
        out.println("    Metrics:    " + base + "/prometheus");
        demoAdmin.ifPresent(password -> out.println("  Demo admin: " + DemoAdmin.USERNAME + " / " + password
                + " (shown once; change it with ./intercede users passwd " + DemoAdmin.USERNAME + ")"));
        out.println("  Press Ctrl+C to stop.");
        out.println();
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The one line a person can act on, found in Micronaut's chain of wrapped exceptions. */
    static String startupReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedisUnavailableException || t instanceof MissingSecretException
                    || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t.getCause() == null && t instanceof java.net.BindException) {
                return "the port is already in use (" + t.getMessage() + "); set --port or MICRONAUT_SERVER_PORT";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
