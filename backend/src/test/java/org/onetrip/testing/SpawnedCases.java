package org.onetrip.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.command.Case;
import org.onetrip.cases.command.VisitCaseFiling;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.AesGcmContactVault;
import org.onetrip.privacy.command.InMemoryContactKeyStore;
import org.onetrip.shared.command.EventContexts;

/**
 * Lets an aggregate under test file cases (grid and enterprise visits do). The fixture's own store holds
 * one aggregate's events only, so the cases live in an in-memory store of their own, written when the
 * fixture's unit of work commits (and not at all when it rolls back): {@link #events()} are what the
 * command filed. Case ids are "case-1", "case-2", … and receipt codes fixed per number.
 */
public final class SpawnedCases {

    private final InMemoryEventStorageEngine storage;

    private SpawnedCases(InMemoryEventStorageEngine storage) {
        this.storage = storage;
    }

    /** The payloads of every case event the command under test stored, in order. */
    public List<Object> events() {
        return storage.readEvents(null, false)
                .map(message -> (Object) message.getPayload())
                .toList();
    }

    public static final DepartmentDirectory DEPARTMENTS = DepartmentDirectory.fromClasspath(new ObjectMapper());
    public static final InMemoryContactKeyStore KEYS = new InMemoryContactKeyStore();
    public static final AesGcmContactVault VAULT = new AesGcmContactVault(KEYS);

    /** The receipt code the n-th spawned case gets. */
    public static ReceiptCode receiptCode(int n) {
        var body = String.format("CASE%012d", n);
        for (var check : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            var candidate = ReceiptCode.parse(body + check);
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        throw new IllegalStateException("no check symbol for " + body);
    }

    public static VisitCaseFiling filing(EventContexts contexts) {
        var ids = new AtomicInteger();
        var codes = new AtomicInteger();
        return new VisitCaseFiling(
                contexts,
                DEPARTMENTS,
                VAULT,
                () -> "case-" + ids.incrementAndGet(),
                () -> receiptCode(codes.incrementAndGet()));
    }

    /** Registers a case repository on the fixture's event store for {@code AggregateLifecycle.createNew}. */
    public static <T> SpawnedCases enable(FixtureConfiguration<T> fixture, EventContexts contexts) {
        var resources = new SimpleResourceParameterResolverFactory(List.of(contexts, DEPARTMENTS, VAULT));
        var storage = new InMemoryEventStorageEngine();
        var store = EmbeddedEventStore.builder().storageEngine(storage).build();
        Repository<Case> cases = EventSourcingRepository.builder(Case.class)
                .eventStore(store)
                .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Case.class), resources))
                .build();
        RepositoryProvider provider = new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <A> Repository<A> repositoryFor(Class<A> aggregateType) {
                return aggregateType == Case.class ? (Repository<A>) cases : null;
            }
        };
        fixture.registerRepositoryProvider(provider);
        return new SpawnedCases(storage);
    }
}
