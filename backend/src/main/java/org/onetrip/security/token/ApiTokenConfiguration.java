package org.onetrip.security.token;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.onetrip.security.StaffAccountRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Bearer tokens for the staff API through Spring Security's OAuth2 resource server: JWTs signed with a key that
 * every instance shares (docs/security.md). The API's filter chain calls {@link #apply} to accept them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiTokenProperties.class)
public class ApiTokenConfiguration {

    private final SecretKey key;
    private final ApiTokens tokens;
    private final JwtDecoder decoder;

    public ApiTokenConfiguration(
            ApiTokenProperties properties, ApiTokenKeyRepository keys, StaffAccountRepository accounts, Clock clock) {
        this.key = TokenSigningKey.resolve(properties, keys, clock);
        this.tokens = new ApiTokens(new NimbusJwtEncoder(new ImmutableSecret<>(key)), accounts, properties, clock);
        this.decoder = decoder(key, properties, clock);
    }

    @Bean
    ApiTokens apiTokens() {
        return tokens;
    }

    /** Signature (HS256 only), issuer, and expiry, which every token must carry. */
    static JwtDecoder decoder(SecretKey key, ApiTokenProperties properties, Clock clock) {
        var decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(ApiTokens.ISSUER),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull)));
        return new RememberedJwtDecoder(decoder, clock, properties.lifetime(), properties.clockSkew());
    }

    /** Lets the chain accept {@code Authorization: Bearer …}; a bad or outdated token gets {@code unauthenticated}. */
    public void apply(HttpSecurity http, AuthenticationEntryPoint unauthenticated) throws Exception {
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(tokens::authenticate);
        // the provider itself, not in a ProviderManager: that would publish an AuthenticationSuccessEvent for every
        // request carrying a token, each counted as a sign-in (SignInMetrics), 2 % of such a request (benchmarks.md)
        http.oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerHeader())
                .jwt(jwt -> jwt.authenticationManager(provider::authenticate))
                .authenticationEntryPoint(unauthenticated));
    }
}
