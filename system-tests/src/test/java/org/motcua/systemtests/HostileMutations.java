package org.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Generates bad requests for one endpoint by breaking its valid request, so that every one is invalid by
 * construction: a required field removed; a value of the wrong type; hostile text (SQL, script, traversal) in a
 * field of a strict shape, or longer than a free-text field's maximum; a 1 MB string; an unknown property; a lone
 * surrogate or invalid UTF-8 in a string; broken JSON syntax; deep nesting; JSON null, an array, a scalar or
 * nothing instead of the object; a media type the endpoint does not read; a hostile path id. Hostile query
 * parameters ride along on some of them (the write endpoints read none, so alone they would break nothing).
 */
final class HostileMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int MEGABYTE = 1024 * 1024;

    private final HostileTarget target;

    private HostileMutations(HostileTarget target) {
        this.target = target;
    }

    static Gen<HostileRequest> of(HostileTarget target) {
        return new HostileMutations(target).requests();
    }

    private Gen<HostileRequest> requests() {
        List<Gen<HostileRequest>> kinds = new ArrayList<>();
        if (target.pathOnly()) {
            kinds.add(pathId(true));
        } else if (target.body() == null) {
            // no body expected: any body is a bad request (a query parameter rides along on an empty one)
            kinds.addAll(bodyKinds(new Breaker(NODES.objectNode().put("from", "2020-01-01")
                    .set("topics", NODES.arrayNode().add("intake.dossiers.v1")), List.of(
                            HostileField.required("/from", HostileField.Kind.DATE),
                            HostileField.required("/topics", HostileField.Kind.LIST)))));
        } else {
            kinds.addAll(bodyKinds(new Breaker(target.body(), target.fields())));
            if (!target.pathValues().isEmpty()) {
                kinds.add(pathId(false));
            }
        }
        Gen<HostileRequest> request = Gen.oneOf(kinds);
        Gen<String> someQuery = Gen.combine(Gen.of(List.of("id", "page", "size", "q", "code", "debug", "role",
                "sort", "$where")), Gen.of(HostilePayloads.TEXTS),
                (name, value) -> "?" + name + "=" + encode(value) + "&size=-1&page=99999999999");
        // one request in five carries hostile query parameters
        Gen<String> query = Gen.between(1, 5).flatMap(n -> n == 1 ? someQuery : Gen.just(""));
        return Gen.combine(request, query, (r, q) -> {
            boolean bodyless = target.body() == null && !target.pathOnly();
            boolean emptyBody = r.body() == null || r.body().length == 0;
            String withQuery = q.isEmpty() && bodyless && emptyBody ? "?debug=1" : q;
            return withQuery.isEmpty() ? r : new HostileRequest(r.kind() + " +query", r.method(),
                    r.path() + withQuery, r.contentType(), r.body());
        });
    }

    /**
     * Three bodies of 20 MB, each invalid on its own: a valid body with a 20 MB value in a field that refuses it,
     * 20 MB of blanks before an unclosed object, 20 MB of opening brackets. The endpoint that reads only its path
     * gets them on a hostile path.
     */
    static List<HostileRequest> hugeBodies(HostileTarget target) {
        int size = 20 * MEGABYTE;
        String path = target.pathOnly()
                ? target.path().replace("{code}", encode(HostilePayloads.TEXTS.get(0))).replace("{version}", "1")
                : target.validPath();
        List<HostileRequest> requests = new ArrayList<>();
        HostileField field = target.body() == null ? null : target.fields().stream()
                .filter(f -> f.strictShape() || f.kind() == HostileField.Kind.TEXT && f.max() > 0).findFirst()
                .orElse(null);
        byte[] first = field == null || target.pathOnly()
                ? ("\"" + "<".repeat(size) + "\"").getBytes(StandardCharsets.UTF_8)
                : HostileJson.bytes(HostileJson.set(target.body(), field.pointer(), NODES.textNode("<".repeat(size))));
        requests.add(new HostileRequest("20 MB value" + (field == null ? "" : " " + field.pointer()),
                target.method(), path, "application/json", first));
        byte[] blanks = new byte[size];
        java.util.Arrays.fill(blanks, (byte) ' ');
        blanks[size - 1] = '{';
        requests.add(new HostileRequest("20 MB blanks", target.method(), path, "application/json", blanks));
        byte[] brackets = new byte[size];
        java.util.Arrays.fill(brackets, (byte) '[');
        requests.add(new HostileRequest("20 MB brackets", target.method(), path, "application/json", brackets));
        return requests;
    }

    /** Bad bodies for a valid path. */
    private List<Gen<HostileRequest>> bodyKinds(Breaker breaker) {
        List<Gen<HostileRequest>> kinds = new ArrayList<>();
        List<HostileField> required = breaker.fields.stream().filter(HostileField::required).toList();
        List<HostileField> strings = breaker.fields.stream().filter(HostileField::isString).toList();
        List<HostileField> hostileText = breaker.fields.stream()
                .filter(f -> f.strictShape() || f.kind() == HostileField.Kind.TEXT && f.max() > 0).toList();
        if (!required.isEmpty()) {
            kinds.add(Gen.of(required).map(f -> json("missing " + f.pointer(),
                    HostileJson.remove(breaker.valid, f.pointer()))));
        }
        kinds.add(Gen.of(breaker.fields).flatMap(f -> Gen.of(wrongTypes(f))
                .map(v -> json("wrong type " + f.pointer(), HostileJson.set(breaker.valid, f.pointer(), v)))));
        if (!hostileText.isEmpty()) {
            kinds.add(Gen.combine(Gen.of(hostileText), Gen.of(HostilePayloads.TEXTS), (f, text) -> readAsAbsent(f, text)
                    ? json("hostile text " + f.pointer(), HostileJson.set(breaker.valid, f.pointer(),
                            NODES.textNode(text + "' OR 1=1 --")))
                    : json("hostile text " + f.pointer(),
                            HostileJson.set(breaker.valid, f.pointer(), NODES.textNode(hostile(f, text))))));
            kinds.add(Gen.of(hostileText).map(f -> json("1 MB string " + f.pointer(),
                    HostileJson.set(breaker.valid, f.pointer(), NODES.textNode("<".repeat(MEGABYTE))))));
        }
        kinds.add(Gen.combine(Gen.of(breaker.objects()), Gen.of(HostilePayloads.UNKNOWN_NAMES),
                Gen.of(HostilePayloads.TEXTS), (at, name, value) -> json("unknown property " + at + "/"
                        + abbreviate(name), HostileJson.set(breaker.valid, at + "/" + escape(name),
                                NODES.textNode(value)))));
        if (!strings.isEmpty()) {
            kinds.add(Gen.combine(Gen.of(strings), Gen.of(HostilePayloads.LONE_SURROGATES),
                    (f, escape) -> spliced("lone surrogate " + f.pointer(), breaker.valid, f,
                            escape.getBytes(StandardCharsets.US_ASCII))));
            kinds.add(Gen.combine(Gen.of(strings), Gen.of(HostilePayloads.INVALID_UTF8),
                    (f, bytes) -> spliced("invalid UTF-8 " + f.pointer(), breaker.valid, f, bytes)));
        }
        kinds.add(syntax(breaker.valid));
        kinds.add(Gen.combine(Gen.of(breaker.fields), Gen.between(1_001, 20_000),
                Gen.of(List.of("[", "{\"a\":")), (f, depth, open) -> deep(breaker.valid, f, depth, open)));
        List<String> replacements = new ArrayList<>(List.of("[]", "[{}]", "[" + HostileJson.text(breaker.valid) + "]",
                "42", "-1", "true", "\"" + HostilePayloads.TEXTS.get(1).replace("\"", "\\\"") + "\"", "{}"));
        if (!target.nullBodyAccepted()) {
            replacements.addAll(List.of("null", "", " \n\t "));
        }
        if (breaker.fields.stream().noneMatch(HostileField::required)) {
            replacements.remove("{}");
        }
        kinds.add(Gen.of(replacements).map(text -> raw("body " + (text.isBlank() ? "empty" : abbreviate(text)),
                "application/json", text.getBytes(StandardCharsets.UTF_8))));
        kinds.add(wrongMediaType(breaker.valid));
        return kinds;
    }

    private Gen<HostileRequest> pathId(boolean withBody) {
        List<String> names = new ArrayList<>(target.pathValues().keySet());
        return Gen.combine(Gen.of(names), Gen.of(HostilePayloads.PATH_IDS), (name, id) -> {
            String path = target.path().replace("{" + name + "}", encode(id));
            for (var value : target.pathValues().entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            byte[] body = target.body() == null ? new byte[0] : HostileJson.bytes(target.body());
            return new HostileRequest("path " + name + "=" + abbreviate(id), target.method(), path,
                    withBody || target.body() != null ? "application/json" : null, body);
        });
    }

    /**
     * Broken JSON syntax. A body that is an array of lines (the historical import, read line by line) is broken
     * inside its first line: a break after a complete line would leave that line valid.
     */
    private Gen<HostileRequest> syntax(JsonNode valid) {
        boolean lines = valid.isArray() && !valid.isEmpty();
        String text = HostileJson.text(lines ? valid.get(0) : valid);
        List<Function<String, String>> breaks = List.of(
                t -> t.substring(0, t.length() / 2),
                t -> t.substring(0, t.length() - 1),
                t -> t + "}",
                t -> t + " trailing",
                t -> t + "{\"again\":1}",
                t -> "/* comment */" + t,
                t -> t.replaceFirst("\"", "'").replaceFirst("\"", "'"),
                t -> t.replaceFirst("\"([A-Za-z]+)\":", "$1:"),
                t -> t.replaceFirst(":", "::"),
                t -> t.replaceFirst(",", ",,"),
                t -> t.replaceFirst(":\\s*\"", ": \"\u0001"),
                t -> t.replaceFirst("\\{", "{\"a\":NaN,"),
                t -> t.replaceFirst("\\{", "{\"a\":01,"),
                t -> t.replaceFirst("\\{", "{\"a\":\"\\x41\","),
                t -> t.replace("\"", "\\\""),
                t -> "{" + t);
        // a line followed by something else is still a complete line: break the import's lines only inside
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            if (!lines || i < 2 || i > 4) {
                usable.add(i);
            }
        }
        return Gen.of(usable).map(i -> {
            String broken = breaks.get(i).apply(text);
            if (broken.equals(text)) { // nothing to break that way (no comma, no name...): cut it instead
                broken = text.substring(0, text.length() / 2);
            }
            return raw("syntax #" + i, "application/json",
                    (lines ? "[" + broken + "]" : broken).getBytes(StandardCharsets.UTF_8));
        });
    }

    private Gen<HostileRequest> wrongMediaType(JsonNode valid) {
        String json = HostileJson.text(valid);
        List<HostileRequest> requests = new ArrayList<>();
        requests.add(raw("media text/plain", "text/plain", json.getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media application/xml", "application/xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;" + json
                        .replace("<", "&lt;") + "</r>").getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media form", "application/x-www-form-urlencoded",
                ("body=" + encode(json) + "&role=ops").getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media multipart", "multipart/form-data; boundary=XyZ",
                ("--XyZ\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + json + "\r\n--XyZ--\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media octet-stream", "application/octet-stream", json.getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media text/html", "text/html; charset=UTF-8", json.getBytes(StandardCharsets.UTF_8)));
        requests.add(raw("media garbage", "';--/*", json.getBytes(StandardCharsets.UTF_8)));
        return Gen.of(requests);
    }

    private HostileRequest deep(JsonNode valid, HostileField field, int depth, String open) {
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + (open.equals("[") ? "" : "1") + close.repeat(depth);
        byte[] body = HostileJson.bytes(HostileJson.set(valid, field.pointer(), NODES.textNode(HostileJson.MARK)));
        byte[] quotedMark = ("\"" + HostileJson.MARK + "\"").getBytes(StandardCharsets.UTF_8);
        return raw("nested " + depth + " " + field.pointer(), "application/json",
                HostileJson.splice(body, new String(quotedMark, StandardCharsets.UTF_8),
                        nested.getBytes(StandardCharsets.UTF_8)));
    }

    private HostileRequest spliced(String kind, JsonNode valid, HostileField field, byte[] bytes) {
        String current = valid.at(field.pointer()).asText("");
        byte[] body = HostileJson.bytes(HostileJson.set(valid, field.pointer(),
                NODES.textNode(current.isEmpty() ? HostileJson.MARK : current.substring(0, 1) + HostileJson.MARK
                        + current.substring(1))));
        return raw(kind, "application/json", HostileJson.splice(body, HostileJson.MARK, bytes));
    }

    /** Values that a field of this kind refuses (never one Jackson would coerce into it). */
    static List<JsonNode> wrongTypes(HostileField field) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.objectNode().put("$gt", ""),
                NODES.arrayNode().add(1).add("' OR 1=1")));
        switch (field.kind()) {
            case TEXT, CODE -> values.add(NODES.arrayNode().add("a").add("b"));
            case ENUM -> values.addAll(List.of(NODES.numberNode(999), NODES.textNode("NOT_A_VALUE"),
                    NODES.booleanNode(true)));
            case DATE, INSTANT -> {
                values.remove(1); // Jackson reads a date from an array of numbers: use others
                values.addAll(List.of(NODES.textNode("2025-02-30"), NODES.textNode("2025-13-01T25:61:00+07:00"),
                        NODES.textNode("yesterday"), NODES.booleanNode(false)));
            }
            case INT -> {
                values.addAll(List.of(NODES.textNode("twelve"), NODES.numberNode(new java.math.BigInteger(
                        "99999999999999999999999")), NODES.textNode("0x1F")));
                if (field.max() >= 0) {
                    values.addAll(List.of(NODES.numberNode(-1), NODES.numberNode(field.max() + 1)));
                }
            }
            case BOOL -> values.add(NODES.textNode("maybe"));
            case LIST -> {
                values.set(1, NODES.textNode("not a list"));
                values.add(NODES.numberNode(7));
            }
            case OBJECT -> values.set(0, NODES.textNode("not an object"));
            default -> throw new IllegalArgumentException(field.kind().name());
        }
        return values;
    }

    /**
     * Jackson trims a date or an instant before reading it, and reads what is left empty as absent: a text of blanks
     * and control characters there would be no value at all, not a bad one.
     */
    static boolean readAsAbsent(HostileField field, String text) {
        return (field.kind() == HostileField.Kind.DATE || field.kind() == HostileField.Kind.INSTANT)
                && text.chars().allMatch(c -> c <= ' ');
    }

    /** Hostile text that the field refuses: as it is in a field of strict shape, beyond the maximum in free text. */
    static String hostile(HostileField field, String text) {
        if (field.strictShape()) {
            return text;
        }
        StringBuilder longer = new StringBuilder(text);
        while (longer.length() <= field.max()) {
            longer.append(' ').append(text);
        }
        return longer.toString();
    }

    private HostileRequest json(String kind, JsonNode body) {
        return raw(kind, "application/json", HostileJson.bytes(body));
    }

    private HostileRequest raw(String kind, String contentType, byte[] body) {
        return new HostileRequest(kind, target.method(), target.validPath(), contentType, body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 30 ? flat.substring(0, 30) + "…" : flat;
    }

    /** A valid body and its fields, with the pointers of its objects (where an unknown property can go). */
    private static final class Breaker {
        final JsonNode valid;
        final List<HostileField> fields;

        Breaker(JsonNode valid, List<HostileField> fields) {
            this.valid = valid;
            this.fields = fields;
        }

        List<String> objects() {
            List<String> pointers = new ArrayList<>();
            collect(valid, "", pointers);
            return pointers;
        }

        private static void collect(JsonNode node, String at, List<String> out) {
            if (node.isObject()) {
                out.add(at);
                node.fields().forEachRemaining(e -> collect(e.getValue(), at + "/" + escape(e.getKey()), out));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), at + "/" + i, out);
                }
            }
        }
    }
}
