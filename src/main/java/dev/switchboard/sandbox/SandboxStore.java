package dev.switchboard.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/** Reads and writes sandboxes and shares with plain JDBC; every statement is portable between H2 and PostgreSQL. */
public final class SandboxStore {

    private static final String SANDBOX_COLUMNS =
            "id, session_id, name, document, revision, created_at, updated_at, exercise";

    private final DataSource dataSource;

    public SandboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(Sandbox sandbox) {
        update("INSERT INTO sandboxes (" + SANDBOX_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, sandbox.id());
            statement.setString(2, sandbox.sessionId());
            statement.setString(3, sandbox.name());
            statement.setString(4, sandbox.document());
            statement.setInt(5, sandbox.revision());
            statement.setTimestamp(6, Timestamp.from(sandbox.createdAt()));
            statement.setTimestamp(7, Timestamp.from(sandbox.updatedAt()));
            statement.setString(8, sandbox.exercise());
        });
    }

    /** Saves a new document and returns the new revision; the caller has checked ownership. */
    public int saveDocument(String id, String name, String document, Instant now) {
        update("UPDATE sandboxes SET name = ?, document = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
                statement -> {
                    statement.setString(1, name);
                    statement.setString(2, document);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, id);
                });
        return find(id).map(Sandbox::revision).orElseThrow();
    }

    /**
     * Saves a new document only if the sandbox is still at {@code expectedRevision}, in one statement, so a change
     * made meanwhile (another tab, the inspector) is never silently overwritten. Returns the new revision, or empty
     * when the sandbox had moved on and nothing was written.
     */
    public OptionalInt saveDocumentIfAt(String id, int expectedRevision, String name, String document, Instant now) {
        int changed = update("UPDATE sandboxes SET name = ?, document = ?, revision = revision + 1, updated_at = ?"
                + " WHERE id = ? AND revision = ?", statement -> {
                    statement.setString(1, name);
                    statement.setString(2, document);
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, id);
                    statement.setInt(5, expectedRevision);
                });
        return changed == 0 ? OptionalInt.empty() : OptionalInt.of(expectedRevision + 1);
    }

    /**
     * Deletes sandboxes never saved since they were made (revision 1) and last touched before {@code cutoff} that
     * hold either {@code blankDocument} or an exercise's start: both come back as they were the next time their
     * page is opened, so nothing a learner made is lost. Returns how many went.
     */
    public int deleteUntouched(String blankDocument, Instant cutoff) {
        return update("DELETE FROM sandboxes WHERE revision = 1 AND updated_at < ?"
                + " AND (document = ? OR exercise IS NOT NULL)", statement -> {
                    statement.setTimestamp(1, Timestamp.from(cutoff));
                    statement.setString(2, blankDocument);
                });
    }

    public Optional<Sandbox> find(String id) {
        List<Sandbox> found = query("SELECT " + SANDBOX_COLUMNS + " FROM sandboxes WHERE id = ?",
                statement -> statement.setString(1, id), SandboxStore::sandbox);
        return found.stream().findFirst();
    }

    /** The session's sandboxes, most recently changed first. */
    public List<Sandbox> ofSession(String sessionId) {
        return query("SELECT " + SANDBOX_COLUMNS + " FROM sandboxes WHERE session_id = ? ORDER BY updated_at DESC, id",
                statement -> statement.setString(1, sessionId), SandboxStore::sandbox);
    }

    public void delete(String id) {
        update("DELETE FROM sandboxes WHERE id = ?", statement -> statement.setString(1, id));
    }

    public void insert(Share share) {
        update("INSERT INTO shares (code, sandbox_id, name, document, created_at) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, share.code());
                    statement.setString(2, share.sandboxId());
                    statement.setString(3, share.name());
                    statement.setString(4, share.document());
                    statement.setTimestamp(5, Timestamp.from(share.createdAt()));
                });
    }

    public Optional<Share> findShare(String code) {
        List<Share> found = query("SELECT code, sandbox_id, name, document, created_at FROM shares WHERE code = ?",
                statement -> statement.setString(1, code),
                row -> new Share(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()));
        return found.stream().findFirst();
    }

    /** Records a completed lesson once; completing it again keeps the first date. */
    public void markCompleted(String sessionId, String lesson, Instant now) {
        List<String> done = query("SELECT lesson FROM progress WHERE session_id = ? AND lesson = ?", statement -> {
            statement.setString(1, sessionId);
            statement.setString(2, lesson);
        }, row -> row.getString(1));
        if (done.isEmpty()) {
            update("INSERT INTO progress (session_id, lesson, completed_at) VALUES (?, ?, ?)", statement -> {
                statement.setString(1, sessionId);
                statement.setString(2, lesson);
                statement.setTimestamp(3, Timestamp.from(now));
            });
        }
    }

    public java.util.Set<String> completedLessons(String sessionId) {
        return java.util.Set.copyOf(query("SELECT lesson FROM progress WHERE session_id = ?",
                statement -> statement.setString(1, sessionId), row -> row.getString(1)));
    }

    private static Sandbox sandbox(ResultSet row) throws SQLException {
        return new Sandbox(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                row.getTimestamp(6).toInstant(), row.getTimestamp(7).toInstant(), row.getString(8));
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> results = new ArrayList<>();
                while (rows.next()) {
                    results.add(reader.read(rows));
                }
                return results;
            }
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The database failed; the request cannot be served, and nothing was half-written (one statement each). */
    public static final class StorageException extends RuntimeException {
        StorageException(String sql, SQLException cause) {
            super("Database statement failed: " + sql.split(" ")[0] + " (" + cause.getMessage() + ")", cause);
        }
    }
}
