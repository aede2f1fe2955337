package org.onetrip.layout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A screen that fails to open as one whose store or search service has gone would; on the tests' class path only. */
@Route(value = "test-only/failing", layout = MainLayout.class)
@PermitAll
public class FailingScreen extends VerticalLayout implements BeforeEnterObserver {

    public static final String DETAIL = "org.example.SecretStore: connection to jdbc:h2:/var/secret refused";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(DETAIL);
    }
}
