// Praxis: the embedded MongoDB-protocol server (mongo-java-server 1.47.0 with its H2 backend), run by
// mongoJavaServer.ts as `java -cp '<jars>/*' PraxisMongoServer.java <host> <port> <memory|h2:FILE>`.
// Prints `LISTENING <host>:<port>` once bound; exits when stdin closes, on SIGTERM and on SIGINT. With a file, every
// command that changed data is committed to it before its answer goes out, so a killed JVM loses no acknowledged write.

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

public final class PraxisMongoServer {

    /** MongoDB 6.0 speaks wire version 17; the driver in mongoose 9 needs at least 9 (4.4). */
    private static final MongoVersion MONGODB_6_0 = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(6, 0, 0);
        }

        @Override
        public int getWireVersion() {
            return 17;
        }
    };

    private PraxisMongoServer() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (StartupError e) {
            System.err.println("PraxisMongoServer: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void start(String[] args) {
        if (args.length != 3) {
            throw new StartupError("usage: PraxisMongoServer.java <127.0.0.1> <port, 0 = any free> <memory | h2:FILE>");
        }
        String host = args[0];
        if (!host.equals("127.0.0.1")) {
            throw new StartupError("refusing to bind " + host + ": only 127.0.0.1 is allowed");
        }
        int port = parsePort(args[1]);
        H2Backend backend = openBackend(args[2]);
        backend.version(MONGODB_6_0);

        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            throw new StartupError("cannot listen on " + host + ":" + port + ": " + describe(e));
        }

        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "praxis-mongo-shutdown"));

        InetSocketAddress bound = server.getLocalAddress();
        System.out.println("LISTENING " + host + ":" + bound.getPort());
        System.out.flush();

        Thread stdinWatch = new Thread(PraxisMongoServer::exitWhenStdinCloses, "praxis-mongo-stdin");
        stdinWatch.setDaemon(true);
        stdinWatch.start();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            throw new StartupError("invalid port: " + text);
        }
        throw new StartupError("invalid port: " + text);
    }

    private static H2Backend openBackend(String spec) {
        if (spec.equals("memory")) {
            return H2Backend.inMemory();
        }
        if (!spec.startsWith("h2:") || spec.length() == 3) {
            throw new StartupError("invalid backend '" + spec + "': expected memory or h2:<file>");
        }
        Path file = Path.of(spec.substring(3)).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            return new CommittingH2Backend(new MVStore.Builder().fileName(file.toString()).open());
        } catch (IOException | RuntimeException e) {
            String hint = describe(e).contains("locked") ? " (is another Praxis using this data folder?)" : "";
            throw new StartupError("cannot open H2 file " + file + ": " + describe(e) + hint);
        }
    }

    /** The parent holds our stdin; when it goes away (even by SIGKILL) the pipe closes and we follow. */
    private static void exitWhenStdinCloses() {
        byte[] buffer = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buffer) != -1) {
                // input is ignored; only the end of the stream matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone, same as end of stream
        }
        System.exit(0);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    /** H2's own auto-commit runs about once a second; this commits each command's changes before it is answered. */
    private static final class CommittingH2Backend extends H2Backend {
        private final MVStore store;

        CommittingH2Backend(MVStore store) {
            super(store);
            this.store = store;
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                if (store.hasUnsavedChanges()) {
                    store.commit();
                }
            }
        }
    }

    private static final class StartupError extends RuntimeException {
        StartupError(String message) {
            super(message);
        }
    }
}
