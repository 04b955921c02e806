package org.borderlink.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies {@link Caller} and {@link BorderlinkUser} controller parameters. A {@code Caller} needs a purpose: the
 * {@code X-Purpose} header or the {@code purpose} request parameter, a case reference or a short justification.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    static final String PURPOSE_HEADER = "X-Purpose";
    static final String PURPOSE_PARAMETER = "purpose";
    static final int MAX_PURPOSE_LENGTH = 300;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Caller.class || type == BorderlinkUser.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        BorderlinkUser user = CurrentUser.get()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated user"));
        if (parameter.getParameterType() == BorderlinkUser.class) return user;
        return new Caller(user, purpose(request));
    }

    static String purpose(NativeWebRequest request) {
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose == null || purpose.isBlank()) purpose = request.getParameter(PURPOSE_PARAMETER);
        if (purpose == null || purpose.isBlank()) {
            throw new PurposeRequired("State the purpose of this query (a case reference or a justification) in the "
                    + PURPOSE_HEADER + " header or the '" + PURPOSE_PARAMETER + "' parameter.");
        }
        purpose = purpose.strip();
        if (purpose.length() > MAX_PURPOSE_LENGTH) {
            throw new PurposeRequired("The purpose is longer than " + MAX_PURPOSE_LENGTH + " characters.");
        }
        if (purpose.chars().anyMatch(Character::isISOControl)) {
            throw new PurposeRequired("The purpose must not contain control characters.");
        }
        return purpose;
    }
}
