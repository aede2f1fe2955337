package org.onetrip.security.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.onetrip.security.SignInThrottledException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * The portal's filter chain: form login, session, CSRF protection as Vaadin sets it up. Every view
 * states who may open it (@AnonymousAllowed, @RolesAllowed); the server enforces it on navigation.
 */
@EnableWebSecurity
@Configuration
@ConditionalOnWebApplication
public class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")
                        .permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        // a throttled sign-in says so (the password was not checked), any other failure says only "wrong"
        http.formLogin(form ->
                form.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                        + (exception instanceof SignInThrottledException ? "/login?throttled" : "/login?error"))));
    }
}
