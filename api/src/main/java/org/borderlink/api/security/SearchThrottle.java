package org.borderlink.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * At most {@code borderlink.security.rate-limit.searches} search and hit/no-hit requests per user per window on this
 * instance: enough for an investigator, too few to enumerate selectors and map what other agencies hold through the
 * hit counts. Beyond it: 429 with {@code Retry-After}.
 */
final class SearchThrottle implements HandlerInterceptor {

    private final RateLimiter searches;

    SearchThrottle(SecurityProperties.RateLimit limits) {
        this.searches = new RateLimiter(limits.searches(), limits.searchWindow());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String key = CurrentUser.get().map(BorderlinkUser::username).orElse("client:" + request.getRemoteAddr());
        if (!searches.tryTake(key)) throw new TooManySearches(searches.retryAfter(key));
        return true;
    }

    static final class TooManySearches extends ErrorResponseException {
        private final HttpHeaders headers = new HttpHeaders();

        TooManySearches(Duration retryAfter) {
            super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RateLimiter.seconds(retryAfter)));
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many searches in a short time; try again shortly.");
            problem.setTitle("Too many searches");
            problem.setType(URI.create("https://borderlink.invalid/problems/too-many-searches"));
            return problem;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
