package org.motcua.systemtests;

/**
 * One generated bad request: what was broken ({@code kind}, e.g. "missing /applicant/name"), and the request
 * as it goes on the wire. The body is raw bytes (invalid UTF-8 cannot be a Java string).
 */
record HostileRequest(String kind, String method, String path, String contentType, byte[] body) {

    @Override
    public String toString() {
        String shown = body == null ? "(no body)" : body.length > 300
                ? new String(body, 0, 300, java.nio.charset.StandardCharsets.UTF_8) + "… (" + body.length + " bytes)"
                : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return kind + ": " + method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " ["
                + contentType + "] " + shown;
    }
}
