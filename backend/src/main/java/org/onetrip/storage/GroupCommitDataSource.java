package org.onetrip.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * On an embedded H2 file database that stores in the background ({@code WRITE_DELAY} above 0), a commit that changed
 * data returns only once a store of H2's file that began after it has ended: a command acknowledged survives a crash
 * of the process, as with {@code WRITE_DELAY=0}, but commits arriving together share one store instead of writing
 * one file chunk each. Commits that changed nothing, and every other database, pass straight through. Writes in
 * auto-commit mode are not waited for (none acknowledges anything to anybody); H2 stores them within its delay.
 */
public final class GroupCommitDataSource extends DelegatingDataSource {

    private record Group(MVStore store, GroupCommit commit) {}

    private final AtomicReference<Group> group = new AtomicReference<>();

    public GroupCommitDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return grouped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return grouped(super.getConnection(username, password));
    }

    private Connection grouped(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return connection;
        }
        var h2 = connection.unwrap(JdbcConnection.class);
        return (Connection) Proxy.newProxyInstance(
                ConnectionProxy.class.getClassLoader(),
                new Class<?>[] {ConnectionProxy.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "commit" -> {
                        commit(connection, h2);
                        yield null;
                    }
                    case "getTargetConnection" -> connection;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "unwrap" ->
                        ((Class<?>) args[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) args[0]);
                    case "isWrapperFor" ->
                        ((Class<?>) args[0]).isInstance(proxy) || connection.isWrapperFor((Class<?>) args[0]);
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private void commit(Connection connection, JdbcConnection h2) throws SQLException {
        var store = storeToWaitFor(h2);
        connection.commit();
        if (store != null) {
            try {
                groupOf(store).awaitStoreBegunAfterNow();
            } catch (RuntimeException e) {
                throw new SQLException("committed, but H2 could not store the commit in its file", e);
            }
        }
    }

    private static MVStore storeToWaitFor(JdbcConnection h2) {
        if (!(h2.getSession() instanceof SessionLocal session) || !session.hasPendingTransaction()) {
            return null;
        }
        var store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() != null && store.getAutoCommitDelay() > 0 ? store : null;
    }

    private GroupCommit groupOf(MVStore store) {
        while (true) {
            var current = group.get();
            if (current != null && current.store() == store) {
                return current.commit();
            }
            var fresh = new Group(store, new GroupCommit(store::commit));
            if (group.compareAndSet(current, fresh)) {
                return fresh.commit();
            }
        }
    }
}
