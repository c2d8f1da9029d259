package org.motcua.reporting.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.motcua.commons.problem.ProblemException;

/**
 * An action that takes no input refuses a request carrying some (a body, a query parameter): whoever sent it
 * meant something else, and a destructive action must not run on a misunderstanding.
 */
final class NoInput {

    private NoInput() {
    }

    static void check(HttpHeaders headers, UriInfo uri, String what) {
        if (!uri.getQueryParameters().isEmpty()) {
            String name = uri.getQueryParameters().keySet().iterator().next();
            throw ProblemException.badRequest(name, what + " tham số '" + name + "'.");
        }
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean body = length != null && !length.isBlank() && !"0".equals(length.trim())
                || headers.getHeaderString("Transfer-Encoding") != null;
        if (body) {
            throw ProblemException.badRequest("body", what + " nội dung yêu cầu (body).");
        }
    }
}
