package org.pentahelix.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j in this JVM with Bolt on 127.0.0.1 (auth and TLS off) and prints one line,
 * {@code NEO4J_READY bolt://127.0.0.1:PORT}, once it accepts connections.
 *
 * <p>It stops cleanly (a checkpoint, so no data is lost) on SIGTERM/SIGINT or when its stdin
 * closes: the parent process holds the other end of that pipe, so even a parent killed with
 * SIGKILL leaves no stray database behind. A database panic exits with status 3 so the parent
 * reports it instead of hanging on a dead store.
 *
 * <p>Usage: {@code EmbeddedNeo4j --home DIR [--port N] [--pagecache BYTES]}; port 0 picks a free
 * port, which is what tests use to avoid races.
 */
public final class EmbeddedNeo4j {
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_PANIC = 3;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 7687;
        long pageCache = 256L * 1024 * 1024;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> { home = Path.of(require(value, "--home")); i++; }
                case "--port" -> { port = Integer.parseInt(require(value, "--port")); i++; }
                case "--pagecache" -> { pageCache = Long.parseLong(require(value, "--pagecache")); i++; }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (home == null) {
            usage("--home is required");
        }
        Files.createDirectories(home);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                // Bolt's Netty loops otherwise idle 2 x 5 s after the stores are already closed.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                service.shutdown();
                System.err.println("NEO4J_STOPPED");
            }
            done.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

        service.registerDatabaseEventListener(new DatabaseEventListenerAdapter() {
            @Override
            public void databasePanic(DatabaseEventContext event) {
                System.err.println("NEO4J_PANIC " + event.getDatabaseName());
                Runtime.getRuntime().halt(EXIT_PANIC);
            }
        });

        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int boltPort = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();

        Thread stdinWatcher = new Thread(() -> {
            drain(System.in);
            System.exit(0);
        }, "stdin-watcher");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();

        done.await();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The parent never writes; end of stream means it has gone.
            }
        } catch (IOException e) {
            // A broken pipe means the same thing as end of stream.
        }
    }

    private static String require(String value, String flag) {
        if (value == null) {
            usage(flag + " needs a value");
        }
        return value;
    }

    private static void usage(String message) {
        System.err.println("EmbeddedNeo4j: " + message);
        System.err.println("usage: EmbeddedNeo4j --home DIR [--port N] [--pagecache BYTES]");
        System.exit(EXIT_USAGE);
    }
}
