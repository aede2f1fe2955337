package org.onetrip.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * On an embedded H2 file database that stores in the background ({@code WRITE_DELAY} above 0), a commit that changed
 * data, and a data-changing statement in auto-commit mode, return only once a store of H2's file that began after
 * them has ended: what was acknowledged survives a crash of the process, as with {@code WRITE_DELAY=0}, but commits
 * arriving together share one store instead of writing one file chunk each. Reads, and every other database, pass
 * straight through. Meters: {@code onetrip.storage.h2.commits_waited} counts what waited,
 * {@code onetrip.storage.h2.stores} times the stores they shared.
 */
public final class GroupCommitDataSource extends DelegatingDataSource {

    private record Group(MVStore store, GroupCommit commit) {}

    private final AtomicReference<Group> group = new AtomicReference<>();
    private final Counter waited;
    private final Timer stores;

    public GroupCommitDataSource(DataSource target, MeterRegistry meters, String name) {
        super(target);
        this.waited = Counter.builder("onetrip.storage.h2.commits_waited")
                .description("commits and auto-committed statements that changed data and waited for a store")
                .tag("data_source", name)
                .register(meters);
        this.stores = Timer.builder("onetrip.storage.h2.stores")
                .description("stores of H2's file that commits waited for")
                .tag("data_source", name)
                .register(meters);
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
        if (Proxy.isProxyClass(connection.getClass()) && Proxy.getInvocationHandler(connection) instanceof Grouped
                || !connection.isWrapperFor(JdbcConnection.class)) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(
                ConnectionProxy.class.getClassLoader(),
                new Class<?>[] {ConnectionProxy.class},
                new Grouped(connection, connection.unwrap(JdbcConnection.class)));
    }

    private final class Grouped implements InvocationHandler {

        private final Connection connection;
        private final JdbcConnection h2;

        Grouped(Connection connection, JdbcConnection h2) {
            this.connection = connection;
            this.h2 = h2;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    var store = storeToWaitFor(true);
                    connection.commit();
                    awaitStored(store);
                    return null;
                }
                case "getTargetConnection" -> {
                    return connection;
                }
                default -> {
                    var asWrapper = asWrapper(proxy, connection, method, args);
                    if (asWrapper != NOT_A_WRAPPER_METHOD) {
                        return asWrapper;
                    }
                    var result = invokeOn(connection, method, args);
                    return result instanceof Statement statement && connection.getAutoCommit()
                            ? autoCommitted(proxy, statement, method.getReturnType())
                            : result;
                }
            }
        }

        /** A statement of a connection in auto-commit mode: each one that changes data waits like a commit. */
        private Object autoCommitted(Object connectionProxy, Statement statement, Class<?> type) {
            Class<?> kind = CallableStatement.class.isAssignableFrom(type)
                    ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(kind.getClassLoader(), new Class<?>[] {kind}, (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return connectionProxy;
                }
                var asWrapper = asWrapper(proxy, statement, method, args);
                if (asWrapper != NOT_A_WRAPPER_METHOD) {
                    return asWrapper;
                }
                var result = invokeOn(statement, method, args);
                if (changedData(method.getName(), result) && connection.getAutoCommit()) {
                    awaitStored(storeToWaitFor(false));
                }
                return result;
            });
        }

        private MVStore storeToWaitFor(boolean onlyWithPendingChanges) {
            if (!(h2.getSession() instanceof SessionLocal session)
                    || onlyWithPendingChanges && !session.hasPendingTransaction()) {
                return null;
            }
            var store = session.getDatabase().getStore().getMvStore();
            return store.getFileStore() != null && store.getAutoCommitDelay() > 0 ? store : null;
        }
    }

    private static final Object NOT_A_WRAPPER_METHOD = new Object();

    /** What a proxy answers itself: identity, and unwrapping to itself or to what it wraps. */
    private static Object asWrapper(Object proxy, Wrapper target, Method method, Object[] args) throws SQLException {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "unwrap" -> ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
            case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
            default -> NOT_A_WRAPPER_METHOD;
        };
    }

    private static boolean changedData(String method, Object result) {
        return switch (method) {
            case "executeUpdate", "executeLargeUpdate" -> ((Number) result).longValue() > 0;
            case "executeBatch", "executeLargeBatch" -> true;
            case "execute" -> !(Boolean) result;
            default -> false;
        };
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void awaitStored(MVStore store) throws SQLException {
        if (store == null) {
            return;
        }
        waited.increment();
        try {
            groupOf(store).commit().awaitStoreBegunAfterNow();
        } catch (RuntimeException e) {
            throw new SQLException("committed, but H2 could not store the commit in its file", e);
        }
    }

    private Group groupOf(MVStore store) {
        while (true) {
            var current = group.get();
            if (current != null && current.store() == store) {
                return current;
            }
            var fresh = new Group(store, new GroupCommit(() -> stores.record(store::commit), "h2-group-commit"));
            if (group.compareAndSet(current, fresh)) {
                if (current != null) {
                    current.commit().close();
                }
                return fresh;
            }
            fresh.commit().close();
        }
    }
}
