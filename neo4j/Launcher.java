import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community from its Maven jars, because Maven Central carries no 5.26 server tarball.
 * Bolt on 127.0.0.1 with authentication; the password comes from the environment, never argv,
 * so it does not show in a process listing. Stops when stdin closes, so a parent that dies
 * without signalling cannot leave a Java process behind.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path home = Path.of(require(env, "KG_NEO4J_HOME")).toAbsolutePath();
    int port = Integer.parseInt(require(env, "KG_NEO4J_BOLT_PORT"));
    String host = env.getOrDefault("KG_NEO4J_HOST", "127.0.0.1");
    String password = require(env, "KG_NEO4J_PASSWORD");
    long pageCacheMb = Long.parseLong(env.getOrDefault("KG_NEO4J_PAGECACHE_MB", "512"));
    long txMemoryMb = Long.parseLong(env.getOrDefault("KG_NEO4J_TX_MEMORY_MB", "1024"));
    Files.createDirectories(home);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb))
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
          .build();
    } catch (Throwable e) {
      fail(e);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    try {
      // Setting it on every start lets NEO4J_PASSWORD change without touching the data.
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (Throwable e) {
      // Neo4j refuses to "change" a password to itself; that just means it is already right.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        fail(e);
        return;
      }
    }
    System.out.println("KG_NEO4J_READY " + Version.getNeo4jVersion() + " community " + host + ":" + port);
    System.out.flush();

    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* the parent never writes; EOF means it is gone */ }
      } catch (Exception ignored) {
      }
      System.exit(0);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
    Thread.currentThread().join();
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isEmpty()) {
      System.out.println("KG_NEO4J_ERROR CONFIG missing environment variable " + name);
      System.exit(2);
    }
    return value;
  }

  private static void fail(Throwable e) {
    String kind = "START";
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof java.net.BindException || m.contains("Address already in use")) kind = "PORT_IN_USE";
      else if (m.contains("lock") && m.contains("store") && kind.equals("START")) kind = "STORE_LOCKED";
    }
    System.out.println("KG_NEO4J_ERROR " + kind + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
    e.printStackTrace(System.err);
    System.exit(3);
  }
}
