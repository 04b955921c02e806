package org.borderlink.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit of the server: this instance's trail, the filter that audits every API request right after Spring
 * Security has authenticated it, and the interceptor that passes a handler's {@link Audited} action on. Command-line
 * runs (no web server) open no trail.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuditConfiguration implements WebMvcConfigurer {

    @Bean(destroyMethod = "close")
    AuditTrail auditTrail(AuditProperties properties) {
        return new AuditTrail(properties.dir(), instanceId(properties), Clock.systemUTC());
    }

    @Bean
    AuditParameters auditParameters(AuditProperties properties, Pseudonymiser pseudonyms) {
        return new AuditParameters(properties.hashedParameters(), pseudonyms);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail, AuditParameters parameters) {
        FilterRegistrationBean<AuditFilter> registration =
                new FilterRegistrationBean<>(new AuditFilter(trail, parameters));
        // right after Spring Security: the user is known, and a request refused there never reaches the API
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // each handler's action is looked up once, not by an annotation search on every request
        Map<Method, Optional<AuditAction>> actions = new ConcurrentHashMap<>();
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (handler instanceof HandlerMethod method) {
                            actions.computeIfAbsent(
                                            method.getMethod(),
                                            m -> Optional.ofNullable(method.getMethodAnnotation(Audited.class))
                                                    .map(Audited::value))
                                    .ifPresent(action ->
                                            RequestAudit.of(request).ifPresent(audit -> audit.action(action)));
                        }
                        return true;
                    }
                })
                .addPathPatterns("/api/**");
    }

    private static String instanceId(AuditProperties properties) {
        if (properties.instanceId() != null && !properties.instanceId().isBlank()) return properties.instanceId();
        return hostName();
    }

    /** This host's name as it may appear in a trail's file name. */
    static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
            return host.isEmpty() ? "local" : host.substring(0, Math.min(64, host.length()));
        } catch (UnknownHostException e) {
            return "local";
        }
    }
}
