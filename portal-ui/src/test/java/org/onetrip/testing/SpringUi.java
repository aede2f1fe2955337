package org.onetrip.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.onetrip.security.StaffAccountRepository;
import org.onetrip.security.StaffPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Karibu over the real Spring application: a fresh UI for a signed-in member of staff or for the public. */
public final class SpringUi {

    private SpringUi() {}

    public static void signInAs(ApplicationContext context, String username, Locale locale) {
        MockVaadin.tearDown();
        var principal = new StaffPrincipal(
                context.getBean(StaffAccountRepository.class).findById(username).orElseThrow());
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((who, role) -> principal.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        setUp(context, locale);
    }

    public static void anonymous(ApplicationContext context, Locale locale) {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        setUp(context, locale);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A data folder for one test class's application, created before Spring reads its properties. */
    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setUp(ApplicationContext context, Locale locale) {
        MockVaadin.setup(
                UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.onetrip"), context, UI::new));
        if (locale != null) {
            UI.getCurrent().setLocale(locale);
        }
    }
}
