package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java records and the published JSON Schemas describe the same contract: same properties (recursively),
 * same JSON types, same enum constants. A field added to a record without its schema, or to a schema
 * without its record, fails here with the path of the difference.
 */
class SchemaDriftTest {

    static Stream<String> types() {
        return EventTypes.ALL.stream();
    }

    @Test
    @DisplayName("every event type has a payload record, a topic and a sample in the contract tests")
    void everyTypeIsCatalogued() {
        assertEquals(new TreeSet<>(EventTypes.ALL), new TreeSet<>(ContractCatalogue.PAYLOADS.keySet()),
                "EventTypes.ALL and ContractCatalogue.PAYLOADS differ: register the new type's payload record");
        assertEquals(new TreeSet<>(EventTypes.ALL), new TreeSet<>(ContractCatalogue.TOPIC_OF.keySet()),
                "EventTypes.ALL and ContractCatalogue.TOPIC_OF differ: register the new type's topic");
        for (String type : EventTypes.ALL) {
            assertEquals(ContractCatalogue.PAYLOADS.get(type), Samples.of(type).getClass(), "sample of " + type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("record components equal schema properties, recursively, with matching types and enums")
    void recordMatchesSchema(String type) {
        String resource = EventTypes.schemaOf(type);
        JsonNode root = ContractCatalogue.tree(resource);
        List<String> problems = new ArrayList<>();
        compare(ContractCatalogue.PAYLOADS.get(type), root, root, "", problems);
        assertTrue(problems.isEmpty(), () -> "Schema " + resource + " has drifted from "
                + ContractCatalogue.PAYLOADS.get(type).getName() + " (update the schema, docs/asyncapi.yaml and "
                + "the README in the same change; a removed or renamed field is a breaking change: new type .v2):\n  - "
                + String.join("\n  - ", problems));
    }

    @Test
    @DisplayName("every payload record of catalog/, intake/, processing/ is part of some event's schema")
    void everyPayloadRecordIsCovered() throws IOException, URISyntaxException {
        Set<Class<?>> reachable = new HashSet<>();
        ContractCatalogue.PAYLOADS.values().forEach(c -> collectRecords(c, reachable));
        reachable.add(CodeName.class);
        Set<String> orphans = new TreeSet<>();
        for (String pkg : List.of("catalog", "intake", "processing")) {
            for (Class<?> c : classesIn("org.motcua.contracts." + pkg)) {
                if (c.isRecord() && !reachable.contains(c)) {
                    orphans.add(c.getName());
                }
            }
        }
        assertTrue(orphans.isEmpty(), () -> "Payload records not used by any event type in ContractCatalogue: "
                + orphans + " (a new event needs a type in EventTypes, a schema, a sample and AsyncAPI docs)");
    }

    @Test
    @DisplayName("every schema file belongs to an event type or is the envelope")
    void noOrphanSchema() throws IOException, URISyntaxException {
        Set<String> expected = new TreeSet<>();
        EventTypes.ALL.forEach(t -> expected.add(EventTypes.schemaOf(t)));
        expected.add(ContractCatalogue.ENVELOPE_SCHEMA);
        Set<String> actual = schemaResources();
        assertEquals(expected, actual, "schema files in src/main/resources/schemas vs EventTypes.ALL + envelope");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    @DisplayName("every property is described in English and Vietnamese, every object is open for additions")
    void describedAndOpen(String resource) {
        List<String> problems = new ArrayList<>();
        JsonNode root = ContractCatalogue.tree(resource);
        assertEquals("https://json-schema.org/draft/2020-12/schema", root.path("$schema").asText(), resource);
        walkObjects(root, "", (path, object) -> {
            if (!object.path("additionalProperties").asBoolean(false)) {
                problems.add(path + ": additionalProperties must be true (consumers ignore unknown fields)");
            }
            object.path("properties").fields().forEachRemaining(p -> {
                String description = p.getValue().path("description").asText("");
                if (!description.contains(" — ")) {
                    problems.add(path + "/" + p.getKey() + ": description must read \"English — tiếng Việt\", was \""
                            + description + "\"");
                }
            });
        });
        assertTrue(problems.isEmpty(), () -> resource + ":\n  - " + String.join("\n  - ", problems));
    }

    /** Fields that identify a natural person, as marked {@code x-personal-data: true} in the schemas. */
    static final Set<String> PERSONAL_DATA = Set.of(
            "dossier-received.v1.json#/properties/applicantName",
            "case-transitioned.v1.json#/$defs/Actor/properties/subject",
            "case-transitioned.v1.json#/properties/officer",
            "case-transitioned.v1.json#/$defs/Decision/properties/signer",
            "case-due-soon.v1.json#/properties/officer",
            "case-overdue.v1.json#/properties/officer");

    @Test
    @DisplayName("personal data is marked x-personal-data exactly where the contract says")
    void personalDataMarked() throws IOException, URISyntaxException {
        Set<String> marked = new TreeSet<>();
        for (String resource : schemaResources()) {
            String file = resource.substring("schemas/".length());
            walkObjects(ContractCatalogue.tree(resource), "", (path, object) ->
                    object.path("properties").fields().forEachRemaining(p -> {
                        if (p.getValue().path("x-personal-data").asBoolean(false)) {
                            marked.add(file + "#" + path + "/properties/" + p.getKey());
                        }
                    }));
        }
        assertEquals(new TreeSet<>(PERSONAL_DATA), marked, "x-personal-data marks (update the list here, the "
                + "personal-data section of docs/asyncapi.yaml and the README together)");
    }

    static Stream<String> allSchemas() throws IOException, URISyntaxException {
        return schemaResources().stream();
    }

    // ------------------------------------------------------------------------------------------ comparison

    private static void compare(Class<?> record, JsonNode objectSchema, JsonNode root, String path,
            List<String> problems) {
        JsonNode props = objectSchema.path("properties");
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> properties = new LinkedHashSet<>();
        props.fieldNames().forEachRemaining(properties::add);
        String where = path.isEmpty() ? record.getSimpleName() : path + " (" + record.getSimpleName() + ")";
        for (String c : components) {
            if (!properties.contains(c)) {
                problems.add(where + ": record component '" + c + "' is not a property of the schema");
            }
        }
        for (String p : properties) {
            if (!components.contains(p)) {
                problems.add(where + ": schema property '" + p + "' is not a component of " + record.getName());
            }
        }
        for (JsonNode required : iterable(objectSchema.path("required"))) {
            String r = required.asText();
            if (!properties.contains(r)) {
                problems.add(where + ": required '" + r + "' is not a property");
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = props.get(component.getName());
            if (property != null) {
                compareValue(component.getGenericType(), property, root,
                        (path.isEmpty() ? "" : path + ".") + component.getName(), problems);
            }
        }
    }

    private static void compareValue(Type type, JsonNode schema, JsonNode root, String path, List<String> problems) {
        JsonNode s = nonNull(schema, root);
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            expectType(s, "object", path, problems);
            compare(raw, s, root, path, problems);
        } else if (raw.isEnum()) {
            expectType(s, "string", path, problems);
            compareEnum(raw, s, path, problems);
        } else if (Collection.class.isAssignableFrom(raw)) {
            expectType(s, "array", path, problems);
            compareValue(typeArgument(type, 0), s.path("items"), root, path + "[]", problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            expectType(s, "object", path, problems);
            Class<?> key = rawClass(typeArgument(type, 0));
            if (key.isEnum()) {
                compareEnum(key, s.path("propertyNames"), path + "{key}", problems);
            }
            compareValue(typeArgument(type, 1), s.path("additionalProperties"), root, path + "{value}", problems);
        } else if (raw == String.class) {
            expectType(s, "string", path, problems);
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            expectType(s, "integer", path, problems);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expectType(s, "boolean", path, problems);
        } else if (raw == LocalDate.class) {
            expectType(s, "string", path, problems);
            expectFormat(s, "date", path, problems);
        } else if (raw == OffsetDateTime.class) {
            expectType(s, "string", path, problems);
            expectFormat(s, "date-time", path, problems);
        } else if (raw == LocalTime.class) {
            expectType(s, "string", path, problems);
            if (!s.has("pattern")) {
                problems.add(path + ": a local time needs a pattern (format 'time' requires an offset)");
            }
        } else {
            problems.add(path + ": Java type " + type.getTypeName() + " has no JSON mapping in the drift check");
        }
        if (!raw.isPrimitive() && schema.path("description").isMissingNode() && !path.endsWith("[]")
                && !path.endsWith("}")) {
            problems.add(path + ": no description");
        }
    }

    private static void compareEnum(Class<?> enumClass, JsonNode schema, String path, List<String> problems) {
        Set<String> java = Arrays.stream(enumClass.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> json = new TreeSet<>();
        for (JsonNode v : iterable(schema.path("enum"))) {
            if (!v.isNull()) {
                json.add(v.asText());
            }
        }
        if (!java.equals(json)) {
            problems.add(path + ": enum " + json + " differs from " + enumClass.getName() + " " + java);
        }
    }

    /** Follows {@code $ref} and drops the {@code null} branch of {@code anyOf}/{@code oneOf}. */
    private static JsonNode nonNull(JsonNode schema, JsonNode root) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new AssertionError("Only local $ref are expected in payload schemas: " + ref);
            }
            return nonNull(root.at(ref.substring(1)), root);
        }
        for (String key : List.of("anyOf", "oneOf")) {
            if (schema.has(key)) {
                List<JsonNode> branches = new ArrayList<>();
                for (JsonNode b : iterable(schema.get(key))) {
                    if (!"null".equals(b.path("type").asText())) {
                        branches.add(b);
                    }
                }
                if (branches.size() == 1) {
                    return nonNull(branches.get(0), root);
                }
            }
        }
        return schema;
    }

    private static void expectType(JsonNode schema, String expected, String path, List<String> problems) {
        JsonNode type = schema.path("type");
        Set<String> types = new HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        types.remove("null");
        if (!types.equals(Set.of(expected))) {
            problems.add(path + ": schema type " + types + ", expected " + expected);
        }
    }

    private static void expectFormat(JsonNode schema, String expected, String path, List<String> problems) {
        if (!expected.equals(schema.path("format").asText())) {
            problems.add(path + ": format '" + schema.path("format").asText() + "', expected '" + expected + "'");
        }
    }

    private static void collectRecords(Class<?> record, Set<Class<?>> into) {
        if (!into.add(record)) {
            return;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            collectTypes(c.getGenericType(), into);
        }
    }

    private static void collectTypes(Type type, Set<Class<?>> into) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            collectRecords(raw, into);
        }
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collectTypes(arg, into);
            }
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new AssertionError("Unsupported type in a contract record: " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new AssertionError("Raw collection in a contract record: " + type.getTypeName());
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    // ------------------------------------------------------------------------------------------ files

    interface ObjectVisitor {
        void visit(String path, JsonNode object);
    }

    /** Visits every schema object that declares {@code properties}, with its JSON pointer. */
    static void walkObjects(JsonNode node, String path, ObjectVisitor visitor) {
        if (node.isObject()) {
            if (node.has("properties")) {
                visitor.visit(path, node);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!f.getKey().equals("examples")) {
                    walkObjects(f.getValue(), path + "/" + f.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkObjects(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    static Set<String> schemaResources() throws IOException, URISyntaxException {
        URL dir = SchemaDriftTest.class.getClassLoader().getResource("schemas");
        if (dir == null) {
            fail("No schemas/ folder on the classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(f -> "schemas/" + f.getFileName()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<Class<?>> classesIn(String pkg) throws IOException, URISyntaxException {
        URL url = EventTypes.class.getClassLoader().getResource(pkg.replace('.', '/'));
        if (url == null || !"file".equals(url.getProtocol())) {
            fail("Cannot list the classes of " + pkg + " from " + url);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    try {
                        classes.add(Class.forName(pkg + "." + name.substring(0, name.length() - 6)));
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return classes;
    }
}
