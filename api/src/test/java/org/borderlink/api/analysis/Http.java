package org.borderlink.api.analysis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the analysis API in tests: status and JSON body, errors returned rather than thrown. */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Answer(int status, JsonNode body, org.springframework.http.HttpHeaders headers) {}

    private Http() {}

    public static Answer get(RestClient client, String path) {
        return client.get().uri(URI.create(path)).exchange((req, res) -> answer(res));
    }

    public static Answer post(RestClient client, String path, Object body) {
        return client.post()
                .uri(URI.create(path))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((req, res) -> answer(res));
    }

    /** A query parameter value, percent-encoded (ids hold #, + and /). */
    public static String q(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }

    /** An id as the rest of a path: slashes kept, everything else encoded. */
    public static String path(String id) {
        return UriUtils.encodePath(id, StandardCharsets.UTF_8);
    }

    private static Answer answer(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse res)
            throws java.io.IOException {
        byte[] bytes = res.getBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        return new Answer(res.getStatusCode().value(), body, res.getHeaders());
    }
}
