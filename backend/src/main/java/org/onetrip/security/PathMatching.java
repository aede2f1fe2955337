package org.onetrip.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.access.PathPatternRequestTransformer;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * The security rules match a request by its path alone, with patterns Spring Security parses itself
 * ({@code PathPatternRequestMatcher}, Spring Security 7's default), not by asking Spring MVC which handler the request
 * would reach ({@code MvcRequestMatcher}): every rule of the API and the portal is a path.
 *
 * <p>With nothing left that asks Spring MVC, the filter that Spring Security 6.5 puts in front of every request to
 * cache that answer is taken out again: it looked each request's handler up once more before the dispatcher did
 * (4.4 % of the request threads while citizens filed; the lightest requests went 21 % faster, docs/benchmarks.md,
 * round 17). Spring Security offers no
 * setting for it, so its bean definition is unwrapped here, and left alone if it ever looks different.
 */
@Configuration(proxyBeanMethods = false)
public class PathMatching {

    private static final String FILTER_CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String CACHING_CHAIN =
            "org.springframework.security.config.annotation.web.configuration.WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String CACHE_FILTER =
            "org.springframework.security.config.annotation.web.configuration.WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** Its name keeps Spring Security from registering the transformer that asks Spring MVC. */
    @Bean
    static PathPatternRequestTransformer pathPatternRequestTransformer() {
        return new PathPatternRequestTransformer();
    }

    /** Runs after every bean definition registry post-processor, Spring Security's wrapping included. */
    @Bean
    static BeanFactoryPostProcessor securityFiltersWithoutHandlerLookupCache() {
        return beanFactory -> {
            if (beanFactory instanceof BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition(FILTER_CHAIN)) {
                var wrapped = cachedChain(registry.getBeanDefinition(FILTER_CHAIN));
                if (wrapped != null) {
                    registry.removeBeanDefinition(FILTER_CHAIN);
                    registry.registerBeanDefinition(FILTER_CHAIN, wrapped);
                }
            }
        };
    }

    /** The chain inside Spring Security's caching composite of (cache filter, chain); null for anything else. */
    private static BeanDefinition cachedChain(BeanDefinition definition) {
        if (!CACHING_CHAIN.equals(definition.getBeanClassName())) {
            return null;
        }
        var argument = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
        if (argument != null
                && argument.getValue() instanceof List<?> filters
                && filters.size() == 2
                && filters.get(0) instanceof BeanDefinition cache
                && CACHE_FILTER.equals(cache.getBeanClassName())
                && filters.get(1) instanceof BeanDefinition chain) {
            return chain;
        }
        return null;
    }
}
