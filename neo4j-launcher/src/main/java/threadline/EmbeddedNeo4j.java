// Threadline embedded Neo4j launcher: runs Neo4j Community in-process behind a loopback Bolt port.
package threadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.QueryLanguage;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.api.procedure.ProcedureView;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Starts Neo4j Community in this JVM with the Bolt connector on 127.0.0.1 and auth on.
 *
 * <p>Protocol with the parent process (the Node server or test setup):
 *
 * <ul>
 *   <li>stdout carries exactly one line, {@code THREADLINE_NEO4J_READY bolt://127.0.0.1:<port>}, once Bolt
 *       accepts connections. Everything else (ours and any library's) goes to stderr, so stdout is
 *       re-pointed at stderr before Neo4j is touched.
 *   <li>a failure we can name is reported as {@code THREADLINE_NEO4J_ERROR <CODE> <message>} on stderr,
 *       with CODE one of PORT_IN_USE, STORE_LOCKED, START_FAILED, so the parent can map it without
 *       parsing Java stack traces.
 *   <li>stdin is a pipe held by the parent: EOF means the parent is gone (even after SIGKILL), and we
 *       shut down rather than leave an orphan JVM holding the store lock.
 * </ul>
 *
 * <p>Arguments: {@code --data <dir> --port <port> [--pagecache <size>] [--tx-timeout <seconds>]
 * [--plugins <dir>] [--ignore-stdin]}. The page cache also comes from env NEO4J_PAGECACHE.
 */
public final class EmbeddedNeo4j {
  private static final String READY = "THREADLINE_NEO4J_READY";
  private static final String ERROR = "THREADLINE_NEO4J_ERROR";
  private static final String NEO4J_USER = "neo4j";
  private static final long SETUP_TX_TIMEOUT_MINUTES = 10;

  // The real stdout, kept only for the READY line; System.out is pointed at stderr.
  private static final PrintStream READY_OUT = System.out;
  private static final PrintStream LOG = System.err;

  private static final Object LOCK = new Object();
  private static final CountDownLatch STARTUP_DONE = new CountDownLatch(1);
  private static DatabaseManagementService service;
  private static FileLock launcherLock;
  private static boolean stopping;

  private EmbeddedNeo4j() {}

  public static void main(String[] argv) {
    System.setOut(LOG);
    Options opts;
    try {
      opts = Options.parse(argv);
    } catch (IllegalArgumentException e) {
      fail("USAGE", e.getMessage(), 64);
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "threadline-neo4j-shutdown"));
    if (!opts.ignoreStdin) {
      watchStdin();
    }

    long t0 = System.nanoTime();
    try {
      run(opts, t0);
    } catch (Throwable t) {
      STARTUP_DONE.countDown();
      String code = classify(t);
      fail(code, describe(t, opts), code.equals("START_FAILED") ? 1 : 2);
    }
  }

  private static void run(Options opts, long t0) throws Exception {
    Path home = opts.data.toAbsolutePath().normalize();
    Files.createDirectories(home);
    // Neo4j would also refuse a second process, but only after seconds of setup and with a stack trace;
    // this lock answers at once. It is held for the life of the JVM.
    holdLauncherLock(home);

    log("starting Neo4j " + Version.getNeo4jVersion() + ", data in " + home);
    log("applying settings: bolt 127.0.0.1:" + opts.port + " (http off), auth on, page cache "
        + opts.pageCache + ", transaction timeout " + opts.txTimeoutSeconds + "s, heap "
        + (Runtime.getRuntime().maxMemory() >> 20) + "m");

    Path plugins = opts.plugins != null ? opts.plugins : defaultPluginDir();
    List<String> pluginJars = listJars(plugins);
    log("applying plugin dir " + plugins + " (" + pluginJars.size() + " jars)");

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", opts.port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", opts.port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(opts.txTimeoutSeconds))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(opts.pageCache))
        .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
        // A local tool has no business phoning home (and this machine may have no route out at all).
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Netty's default 5 s quiet period, spent twice, made every stop take over 10 s.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

    DatabaseManagementService dbms = builder.build();
    log("DBMS started after " + elapsedMs(t0) + " ms");
    synchronized (LOCK) {
      service = dbms;
    }
    STARTUP_DONE.countDown();
    if (isStopping()) {
      return;
    }

    ensurePassword(dbms, home.resolve("password"));
    log("password step done after " + elapsedMs(t0) + " ms");

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(60_000)) {
      throw new IllegalStateException("database 'neo4j' did not become available within 60 s");
    }
    log("database available after " + elapsedMs(t0) + " ms");
    reportPlugins(db);
    log("procedures listed after " + elapsedMs(t0) + " ms");
    waitForBolt(opts.port, Duration.ofSeconds(30));

    log("Neo4j ready in " + elapsedMs(t0) + " ms");
    READY_OUT.println(READY + " bolt://127.0.0.1:" + opts.port);
    READY_OUT.flush();

    // Nothing left for the main thread: Neo4j's own threads keep the JVM alive until a signal, stdin EOF
    // or a failure triggers System.exit and the shutdown hook.
    Thread.currentThread().join();
  }

  private static long elapsedMs(long t0) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** First start: generate a password, set it on user neo4j, then persist it (mode 600). */
  private static void ensurePassword(DatabaseManagementService dbms, Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      log("reusing password from " + file);
      return;
    }
    // The file is written only after ALTER USER succeeds, so a crash in between cannot leave a file whose
    // password the DBMS never accepted. A leftover temp file is reused to keep the retry idempotent.
    Path pending = file.resolveSibling("password.pending");
    String password;
    if (Files.isRegularFile(pending)) {
      password = Files.readString(pending, StandardCharsets.UTF_8).trim();
    } else {
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      writePrivate(pending, password);
    }
    log("applying generated password to user " + NEO4J_USER + " (first start)");
    // The first Cypher statement of a JVM pays for planner warm-up, which on a busy 2-core machine has
    // taken longer than db.transaction.timeout (60 s); this one-off statement gets its own generous limit.
    try (Transaction tx = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .beginTx(SETUP_TX_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      tx.execute("ALTER USER " + NEO4J_USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password))
          .close();
      tx.commit();
    } catch (RuntimeException e) {
      // A previous attempt may have applied this same password before the move below; Neo4j refuses
      // to "change" a password to itself, which here means the pending password is already in force.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
    try {
      Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING);
    }
    log("password stored in " + file + " (mode 600)");
  }

  private static void writePrivate(Path file, String content) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // non-POSIX file system: best effort
    }
    Files.writeString(file, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * Logs how many APOC/GDS procedures and functions registered. Read from the procedure registry rather
   * than with SHOW PROCEDURES: as the first Cypher statement of a warm start that query paid the planner's
   * warm-up, up to a quarter of the start time on a busy machine, only to print a diagnostic line.
   */
  private static void reportPlugins(GraphDatabaseService db) {
    try {
      ProcedureView view = ((GraphDatabaseAPI) db).getDependencyResolver()
          .resolveDependency(GlobalProcedures.class)
          .getCurrentView();
      List<String> names = Stream.of(
              view.getAllProcedures(QueryLanguage.CYPHER_5).map(s -> s.name().toString()),
              view.getAllNonAggregatingFunctions(QueryLanguage.CYPHER_5).map(s -> s.name().toString()),
              view.getAllAggregatingFunctions(QueryLanguage.CYPHER_5).map(s -> s.name().toString()))
          .flatMap(x -> x)
          .toList();
      log("plugins loaded: apoc=" + countPrefix(names, "apoc.") + ", gds=" + countPrefix(names, "gds.")
          + " procedures and functions");
    } catch (RuntimeException | LinkageError e) {
      log("could not list procedures: " + e);
    }
  }

  private static long countPrefix(List<String> names, String prefix) {
    return names.stream().filter(n -> n.startsWith(prefix)).count();
  }

  private static void waitForBolt(int port, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Bolt did not accept connections on 127.0.0.1:" + port, e);
        }
        Thread.sleep(100);
      }
    }
  }

  private static void holdLauncherLock(Path home) throws IOException {
    FileChannel channel = FileChannel.open(
        home.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new StoreLockedException(home);
    }
    // Never released or closed: the OS drops it when the JVM exits, however it exits. The static field
    // matters: an unreachable FileChannel is closed by its cleaner after a GC, and that drops the lock.
    launcherLock = lock;
  }

  /** Watches stdin on a daemon thread; EOF (the parent closed its end or died) stops the JVM. */
  private static void watchStdin() {
    Thread t = new Thread(() -> {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      try {
        while (in.read(buf) >= 0) {
          // Input is ignored: the pipe exists only so that its closing can be noticed.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as EOF.
      }
      log("stdin closed (parent process gone), shutting down");
      System.exit(0);
    }, "threadline-stdin-watch");
    t.setDaemon(true);
    t.start();
  }

  private static boolean isStopping() {
    synchronized (LOCK) {
      return stopping;
    }
  }

  /** Shutdown hook: waits for a start in progress so the store is never left half-opened. */
  private static void shutdown() {
    synchronized (LOCK) {
      stopping = true;
    }
    try {
      STARTUP_DONE.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    DatabaseManagementService dbms;
    synchronized (LOCK) {
      dbms = service;
      service = null;
    }
    if (dbms != null) {
      log("stopping Neo4j");
      try {
        dbms.shutdown();
        log("Neo4j stopped");
      } catch (RuntimeException e) {
        log("error while stopping Neo4j: " + e);
      }
    }
  }

  private static String classify(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StoreLockedException) {
        return "STORE_LOCKED";
      }
      String msg = String.valueOf(c.getMessage());
      if (c instanceof java.net.BindException || msg.contains("already in use")) {
        return "PORT_IN_USE";
      }
      if (c.getClass().getSimpleName().equals("FileLockException")
          || msg.contains("store_lock")
          || msg.contains("locked by another process")) {
        return "STORE_LOCKED";
      }
    }
    return "START_FAILED";
  }

  private static String describe(Throwable t, Options opts) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String code = classify(t);
    if (code.equals("PORT_IN_USE")) {
      return "port 127.0.0.1:" + opts.port + " is already in use (" + root.getMessage() + ")";
    }
    if (code.equals("STORE_LOCKED")) {
      return "another Threadline/Neo4j process is using " + opts.data.toAbsolutePath().normalize();
    }
    return t + (root != t ? " (caused by " + root + ")" : "");
  }

  private static void fail(String code, String message, int exitCode) {
    LOG.println(ERROR + " " + code + " " + message.replace('\n', ' '));
    LOG.flush();
    System.exit(exitCode);
  }

  private static void log(String line) {
    LOG.println("[neo4j-launcher] " + line);
    LOG.flush();
  }

  /** target/classes/../plugins: the folder the Maven build fills with plugin jars. */
  private static Path defaultPluginDir() {
    try {
      Path codeSource = Path.of(EmbeddedNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return codeSource.getParent().resolve("plugins");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("neo4j-launcher", "target", "plugins").toAbsolutePath();
    }
  }

  private static List<String> listJars(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
    }
  }

  private static final class StoreLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    StoreLockedException(Path home) {
      super("launcher.lock in " + home + " is held by another process");
    }
  }

  private record Options(
      Path data, int port, String pageCache, long txTimeoutSeconds, Path plugins, boolean ignoreStdin) {
    static Options parse(String[] argv) {
      Path data = null;
      int port = 7687;
      String pageCache = envOr("NEO4J_PAGECACHE", "2g");
      long txTimeout = 60;
      Path plugins = null;
      boolean ignoreStdin = false;
      for (int i = 0; i < argv.length; i++) {
        String a = argv[i];
        switch (a) {
          case "--data" -> data = Path.of(value(argv, ++i, a));
          case "--port" -> port = parsePort(value(argv, ++i, a));
          case "--pagecache" -> pageCache = value(argv, ++i, a);
          case "--tx-timeout" -> txTimeout = Long.parseLong(value(argv, ++i, a));
          // Neo4j would resolve a relative plugin dir against its home (the data dir), not the cwd.
          case "--plugins" -> plugins = Path.of(value(argv, ++i, a)).toAbsolutePath();
          case "--ignore-stdin" -> ignoreStdin = true;
          default -> throw new IllegalArgumentException("unknown argument " + a + "; usage: --data <dir> "
              + "--port <port> [--pagecache 2g] [--tx-timeout 60] [--plugins <dir>] [--ignore-stdin]");
        }
      }
      if (data == null) {
        throw new IllegalArgumentException("--data <dir> is required");
      }
      ByteUnit.parse(pageCache); // fail early on a malformed size
      return new Options(data, port, pageCache, txTimeout, plugins, ignoreStdin);
    }

    private static String value(String[] argv, int i, String flag) {
      if (i >= argv.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return argv[i];
    }

    private static int parsePort(String s) {
      int p = Integer.parseInt(s);
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("--port must be 1..65535, got " + s);
      }
      return p;
    }

    private static String envOr(String name, String fallback) {
      String v = System.getenv(name);
      return v == null || v.isBlank() ? fallback : v.trim();
    }
  }
}
