package org.intercede.server.cli;

import org.intercede.server.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = IntercedeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(Main.withDefaultCommand(args));
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("intercede.redis.url");
        System.clearProperty("intercede.data-dir");
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("intercede ").doesNotContain("unknown");
    }

    @Test
    void helpListsServeAndEveryCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve");
        out.getBuffer().setLength(0);
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--production").contains("--port");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("serve", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such");
    }

    @Test
    void anUnreachableRedisFailsTheStartWithOneLineAndExitOne(@TempDir Path data) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("intercede.redis.url", "redis://127.0.0.1:" + closedPort);
        System.setProperty("intercede.data-dir", data.toString());
        assertThat(run("--port", "0")).isEqualTo(1);
        assertThat(err.toString().strip())
                .startsWith("intercede: cannot start: Cannot reach Redis at redis://127.0.0.1:" + closedPort)
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void productionRefusesToStartWithoutKeys(@TempDir Path data) {
        System.setProperty("intercede.data-dir", data.toString());
        System.setProperty("intercede.redis.url", org.intercede.sms.TestRedis.url());
        assertThat(run("serve", "--production", "--port", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("INTERCEDE_").contains("is not set; production needs it");
        assertThat(data.resolve("keys")).doesNotExist();
    }
}
