package org.motcua.contracts;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.motcua.contracts.catalog.CalendarYear;
import org.motcua.contracts.catalog.ProcedureChanged;
import org.motcua.contracts.intake.DossierNotReceived;
import org.motcua.contracts.intake.DossierReceived;
import org.motcua.contracts.intake.SupplementProvided;
import org.motcua.contracts.intake.SupplementRequestedAtIntake;
import org.motcua.contracts.intake.WithdrawalRequested;
import org.motcua.contracts.processing.CaseTransitioned;
import org.motcua.contracts.processing.DeadlineAlert;
import org.motcua.contracts.processing.DueDateChanged;

/**
 * What the contract tests know about the catalogue: which payload record and which topic each event type
 * has, how to load and apply a schema, and where the repository root is. A new event type must be added
 * here (the tests fail until it is).
 */
final class ContractCatalogue {
    private ContractCatalogue() {
    }

    static final String ENVELOPE_SCHEMA = "schemas/cloudevent-envelope.json";

    /** Event type → the Java record of its {@code data}. */
    static final Map<String, Class<? extends Record>> PAYLOADS = orderedMap(
            EventTypes.PROCEDURE_CHANGED, ProcedureChanged.class,
            EventTypes.CALENDAR_YEAR_CHANGED, CalendarYear.class,
            EventTypes.DOSSIER_RECEIVED, DossierReceived.class,
            EventTypes.DOSSIER_NOT_RECEIVED, DossierNotReceived.class,
            EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE, SupplementRequestedAtIntake.class,
            EventTypes.SUPPLEMENT_PROVIDED, SupplementProvided.class,
            EventTypes.WITHDRAWAL_REQUESTED, WithdrawalRequested.class,
            EventTypes.CASE_TRANSITIONED, CaseTransitioned.class,
            EventTypes.DUE_DATE_CHANGED, DueDateChanged.class,
            EventTypes.CASE_DUE_SOON, DeadlineAlert.class,
            EventTypes.CASE_OVERDUE, DeadlineAlert.class);

    /** Event type → the topic it is published on. */
    static final Map<String, String> TOPIC_OF = orderedMap(
            EventTypes.PROCEDURE_CHANGED, Topics.PROCEDURES,
            EventTypes.CALENDAR_YEAR_CHANGED, Topics.CALENDARS,
            EventTypes.DOSSIER_RECEIVED, Topics.DOSSIERS,
            EventTypes.DOSSIER_NOT_RECEIVED, Topics.DOSSIERS,
            EventTypes.SUPPLEMENT_REQUESTED_AT_INTAKE, Topics.DOSSIERS,
            EventTypes.SUPPLEMENT_PROVIDED, Topics.DOSSIERS,
            EventTypes.WITHDRAWAL_REQUESTED, Topics.DOSSIERS,
            EventTypes.CASE_TRANSITIONED, Topics.CASES,
            EventTypes.DUE_DATE_CHANGED, Topics.CASES,
            EventTypes.CASE_DUE_SOON, Topics.CASES,
            EventTypes.CASE_OVERDUE, Topics.CASES);

    static final ObjectMapper MAPPER = Json.newMapper();

    /** Draft 2020-12 with format assertions on: a date that is no date is an error, not an annotation. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

    static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> FACTORY.getSchema(tree(r), CONFIG));
    }

    /** The schema resource as a JSON tree; fails clearly when it is not on the classpath. */
    static JsonNode tree(String resource) {
        return TREES.computeIfAbsent(resource, r -> {
            try (InputStream in = ContractCatalogue.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    fail("Schema resource " + r + " is missing from event-contracts/src/main/resources");
                }
                return MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot parse " + r, e);
            }
        });
    }

    /** Validation messages of {@code json} against the schema resource, as readable lines. */
    static Set<String> errors(String resource, JsonNode json) {
        Set<ValidationMessage> messages = schema(resource).validate(json);
        return messages.stream().map(ValidationMessage::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static JsonNode toJson(Object payload) {
        try {
            // Through the text form, exactly as it travels on the topic.
            return MAPPER.readTree(MAPPER.writeValueAsString(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository root: the first directory upwards from {@code user.dir} that contains
     * {@code relative}. Fails with a clear message when there is none.
     */
    static Path repositoryFile(String relative) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        fail(relative + " not found in " + start + " or any parent directory: the contract tests compare "
                + "event-contracts with this file of the repository, so it must exist (run the build from a "
                + "checkout of the whole repository)");
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
