package org.motcua.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motcua.commons.inbox.TransientFailures;

/**
 * Turns every failure into an RFC 7807 problem: bad input is a 4xx naming the field, a database outage
 * is a 503 to retry, and an unexpected bug is a 500 with an id to find it in the logs (never a stack trace).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(Problem.of(400, "Invalid request", "Dữ liệu gửi lên không hợp lệ.").withErrors(errors), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        JsonReadProblem read = JsonReadProblem.of(e);
        return respond(Problem.of(400, "Malformed request body", "Nội dung yêu cầu không đọc được: "
                + (read.field().equals("body") ? "" : read.field() + ": ") + read.reason())
                .withErrors(List.of(new Problem.FieldError(read.field(), read.reason()))), uri);
    }

    /** Jackson's own mapper for this type is more specific than {@link #unreadable}: take precedence. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Vai trò của bạn không được phép thực hiện thao tác này."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String detail = switch (status) {
            case 404 -> "Không tìm thấy tài nguyên được yêu cầu.";
            case 405 -> "Phương thức HTTP không được hỗ trợ cho địa chỉ này.";
            case 406 -> "Định dạng phản hồi được yêu cầu không được hỗ trợ.";
            case 413 -> "Nội dung yêu cầu quá lớn.";
            case 415 -> "Kiểu nội dung (Content-Type) không được hỗ trợ.";
            default -> "Yêu cầu không hợp lệ.";
        };
        return respond(Problem.of(status, Response.Status.fromStatusCode(status) == null ? "Client error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("Service unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(Problem.of(503, "Service unavailable",
                    "Hệ thống tạm thời không xử lý được yêu cầu, vui lòng thử lại sau ít phút."), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        String rejected = RejectedData.reason(e);
        if (rejected != null) {
            LOG.infof("Data refused by the database on %s: %s", uri.getPath(), rejected);
            return respond(Problem.of(400, "Invalid request", "Dữ liệu gửi lên không lưu được: " + rejected + ".")
                    .withErrors(List.of(new Problem.FieldError("body", rejected))), uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(Problem.of(500, "Internal error",
                "Đã xảy ra lỗi hệ thống, mã lỗi " + errorId + ".").with("errorId", errorId), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                "Cần đăng nhập bằng mã truy cập (Bearer token) hợp lệ."), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.instance() == null && uri != null ? problem.withInstance(uri.getPath()) : problem)
                .build();
    }

    /**
     * The offending input's name: the JSON path inside a request body ("documents[0].componentCode"),
     * or the query/path parameter's name when the parameter itself is invalid.
     */
    static String fieldOf(Path path) {
        String parameter = "";
        StringBuilder property = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    property.setLength(0);
                }
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null || node.getKey() != null) {
                        property.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                        property.append(property.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> property.setLength(0);
            }
        }
        return property.isEmpty() ? parameter : property.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
