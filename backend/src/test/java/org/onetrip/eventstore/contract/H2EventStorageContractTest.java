package org.onetrip.eventstore.contract;

import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the embedded store: Axon's JPA engine on a real (in-memory) H2 database. */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:event-contract;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jpa.hibernate.ddl-auto=create-drop",
            "spring.jpa.open-in-view=false"
        })
class H2EventStorageContractTest extends JpaEventStorageEngineContract {}
