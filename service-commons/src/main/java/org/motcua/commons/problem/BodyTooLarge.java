package org.motcua.commons.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body above {@code quarkus.http.limits.max-body-size} is answered with a 413 problem document.
 * Quarkus's own check (route order -2) answers an empty 413; this route runs just before it, for a declared
 * Content-Length, and as a failure handler for a chunked body that grows too large.
 */
@ApplicationScoped
public class BodyTooLarge {

    /** Just before Quarkus's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;
    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        long max = maxBodySize.asLongValue();
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declared(length) > max) {
                answer(context, max);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                answer(context, max);
            } else {
                context.next();
            }
        });
    }

    private void answer(RoutingContext context, long max) {
        String limit = max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB";
        Problem problem = Problem.of(413, "Payload too large", "Nội dung yêu cầu quá lớn: tối đa " + limit + ".")
                .withErrors(List.of(new Problem.FieldError("body", "vượt quá " + limit)))
                .withInstance(context.request().path());
        String json;
        try {
            json = mapper.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            json = "{\"status\":413,\"title\":\"Payload too large\",\"detail\":\"Nội dung yêu cầu quá lớn.\"}";
        }
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(json);
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
