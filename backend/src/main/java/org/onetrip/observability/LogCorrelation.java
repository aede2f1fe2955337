package org.onetrip.observability;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One id follows a request through the logs, wherever its work is done. The web request's trace id (Micrometer
 * Tracing, MDC {@code traceId}; a caller may send its own in a W3C {@code traceparent} header) goes into the metadata
 * of the commands it sends ({@value #REQUEST_TRACE_ID}), from there into the events they record, and back into the
 * MDC while a command is handled or a projection processes those events on its own thread, beside Axon's
 * {@code correlationId} (the id of the command that caused them). Structured (JSON) logs carry both.
 */
@Configuration(proxyBeanMethods = false)
public class LogCorrelation {

    private static final Logger log = LoggerFactory.getLogger(LogCorrelation.class);

    public static final String REQUEST_TRACE_ID = "requestTraceId";
    static final String TRACE_ID = "traceId";
    static final String CORRELATION_ID = "correlationId";

    /** Axon's own correlation data (correlationId, traceId), kept: defining any provider replaces its default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider requestTraceIdProvider() {
        return new SimpleCorrelationDataProvider(REQUEST_TRACE_ID);
    }

    @Bean
    SmartInitializingSingleton commandLogCorrelation(CommandBus commandBus) {
        return () -> {
            commandBus.registerDispatchInterceptor(requestTraceIdOnDispatch());
            commandBus.registerHandlerInterceptor(intoMdc("command bus"));
        };
    }

    @Bean
    ConfigurerModule eventLogCorrelation() {
        return configurer ->
                configurer.eventProcessing().registerDefaultHandlerInterceptor((config, name) -> intoMdc(name));
    }

    static MessageDispatchInterceptor<CommandMessage<?>> requestTraceIdOnDispatch() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    var traceId = MDC.get(TRACE_ID);
                    if (traceId == null || command.getMetaData().containsKey(REQUEST_TRACE_ID)) {
                        return command;
                    }
                    return command.andMetaData(Map.of(REQUEST_TRACE_ID, traceId));
                };
            }
        };
    }

    /** Puts the ids into the MDC while {@code handler} handles a message; at debug level, logs what it handled. */
    static <T extends Message<?>> MessageHandlerInterceptor<T> intoMdc(String handler) {
        return (unitOfWork, chain) -> {
            var message = unitOfWork.getMessage();
            var previousTrace = MDC.get(TRACE_ID);
            var previousCorrelation = MDC.get(CORRELATION_ID);
            var requestTrace = message.getMetaData().get(REQUEST_TRACE_ID);
            var correlation = message.getMetaData().get(CORRELATION_ID);
            try {
                if (previousTrace == null && requestTrace != null) {
                    MDC.put(TRACE_ID, requestTrace.toString());
                }
                MDC.put(CORRELATION_ID, correlation != null ? correlation.toString() : message.getIdentifier());
                var result = chain.proceed();
                if (log.isDebugEnabled()) {
                    log.debug("{} handled {}", handler, message.getPayloadType().getSimpleName());
                }
                return result;
            } finally {
                restore(TRACE_ID, previousTrace);
                restore(CORRELATION_ID, previousCorrelation);
            }
        };
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
