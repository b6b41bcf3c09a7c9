package org.intercede.sms.redis;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real redis-server (6.2, shipped inside the embedded-redis jar) run as a child process on 127.0.0.1,
 * with its data in a directory of ours and the append-only file on, so a restart keeps everything.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final String PORT_FILE = "redis.port";
    private final RedisServer server;
    private final int port;
    private final Path dir;
    private final Optional<ProcessHandle> process;

    private EmbeddedRedis(RedisServer server, int port, Path dir, Optional<ProcessHandle> process) {
        this.server = server;
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    public static EmbeddedRedis start(Path dir) {
        return start(dir, 0);
    }

    /** @param port a fixed port, or 0 for a free one */
    public static EmbeddedRedis start(Path dir, int requestedPort) {
        try {
            Path absolute = dir.toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            Path pidFile = absolute.resolve("redis.pid");
            stopLeftover(pidFile);
            int port = requestedPort > 0 ? requestedPort : freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + quote(absolute.toString()))
                    .setting("pidfile " + quote(pidFile.toString()))
                    // AOF with fsync every second: at most one second of writes is at risk on a power cut.
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    .setting("save \"\"")
                    .setting("protected-mode yes")
                    // Not onShutdownForceStop(true): that makes stop() SIGKILL redis-server, losing up to a second of
                    // writes. stop() sends SIGTERM and waits, and Redis flushes its append-only file as it exits.
                    .build();
            server.start();
            Files.writeString(absolute.resolve(PORT_FILE), Integer.toString(port), StandardCharsets.US_ASCII);
            return new EmbeddedRedis(server, port, absolute, readPid(pidFile).flatMap(ProcessHandle::of));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis in " + dir, e);
        }
    }

    /**
     * The URL of the embedded Redis another Intercede process runs on this data directory (a command run
     * beside a running server uses it rather than starting its own), if there is one.
     */
    public static Optional<String> runningIn(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Optional<ProcessHandle> redis = readPid(absolute.resolve("redis.pid")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("redis-server"));
        if (redis.isEmpty()) {
            return Optional.empty();
        }
        try {
            String port = Files.readString(absolute.resolve(PORT_FILE), StandardCharsets.US_ASCII).trim();
            return Optional.of("redis://127.0.0.1:" + Integer.parseInt(port));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops redis-server and waits for it to exit, so the directory is free for the next start. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded Redis", e);
        }
        process.ifPresent(p -> p.onExit().completeOnTimeout(p, 10, java.util.concurrent.TimeUnit.SECONDS).join());
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A redis-server left running by a process that was killed (kill -9 skips shutdown hooks) would keep
     * writing the same AOF: stop it before starting ours. One whose parent is still running belongs to
     * another Intercede using the same data directory: refuse, rather than pull its store from under it.
     */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Files.deleteIfExists(pidFile);
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().info().command().orElse("").contains("redis-server")) {
            Optional<ProcessHandle> owner = process.get().parent().filter(p -> p.pid() > 1 && p.isAlive()
                    && p.info().command().orElse("").contains("java"));
            if (owner.isPresent()) {
                Files.writeString(pidFile, text, StandardCharsets.US_ASCII);
                throw new RedisUnavailableException("another Intercede (process " + owner.get().pid() + ") is using the data "
                        + "directory " + pidFile.getParent().getParent() + "; stop it, or set INTERCEDE_DATA_DIR to another directory", null);
            }
            process.get().destroy();
            process.get().onExit().completeOnTimeout(null, Duration.ofSeconds(5).toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
