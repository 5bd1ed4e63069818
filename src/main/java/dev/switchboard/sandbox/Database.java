package dev.switchboard.sandbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.net.URI;
import java.nio.file.Path;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind sandboxes and shares: an embedded H2 file in the data directory by default, PostgreSQL when
 * {@code DATABASE_URL} is set (so several instances can share sandboxes behind a load balancer). The schema is
 * managed by Flyway migrations in {@code db/migration}.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database open(Path dataDir, String databaseUrl) {
        HikariConfig config = databaseUrl == null || databaseUrl.isBlank()
                ? embedded(dataDir)
                : postgres(databaseUrl);
        config.setPoolName("switchboard");
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);

        int applied = Flyway.configure().dataSource(dataSource).load().migrate().migrationsExecuted;
        log.info("Database ready at {} ({} migrations applied now)", describe(config), applied);
        return new Database(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig embedded(Path dataDir) {
        HikariConfig config = new HikariConfig();
        // AUTO_SERVER off: one process owns the file; DB_CLOSE_ON_EXIT off so our shutdown hook closes it cleanly.
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("switchboard").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        return config;
    }

    /** Accepts the common {@code postgres://user:password@host:port/name} form as well as a JDBC URL. */
    private static HikariConfig postgres(String databaseUrl) {
        HikariConfig config = new HikariConfig();
        if (databaseUrl.startsWith("jdbc:")) {
            config.setJdbcUrl(databaseUrl);
            return config;
        }
        URI uri = URI.create(databaseUrl);
        config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath());
        if (uri.getUserInfo() != null) {
            String[] credentials = uri.getUserInfo().split(":", 2);
            config.setUsername(credentials[0]);
            config.setPassword(credentials.length > 1 ? credentials[1] : "");
        }
        return config;
    }

    private static String describe(HikariConfig config) {
        String url = config.getJdbcUrl();
        int credentials = url.indexOf('@');
        return credentials < 0 ? url : "jdbc:postgresql://…" + url.substring(credentials);
    }
}
