package org.motcua.contracts;

import java.util.List;

/** CloudEvents {@code type} of every event of the suite. A breaking change gets a new {@code .vN} suffix. */
public final class EventTypes {
    private EventTypes() {
    }

    public static final String PROCEDURE_CHANGED = "org.motcua.catalog.procedure-changed.v1";
    public static final String CALENDAR_YEAR_CHANGED = "org.motcua.catalog.calendar-year-changed.v1";

    public static final String DOSSIER_RECEIVED = "org.motcua.intake.dossier-received.v1";
    public static final String DOSSIER_NOT_RECEIVED = "org.motcua.intake.dossier-not-received.v1";
    public static final String SUPPLEMENT_REQUESTED_AT_INTAKE = "org.motcua.intake.supplement-requested-at-intake.v1";
    public static final String SUPPLEMENT_PROVIDED = "org.motcua.intake.supplement-provided.v1";
    public static final String WITHDRAWAL_REQUESTED = "org.motcua.intake.withdrawal-requested.v1";

    public static final String CASE_TRANSITIONED = "org.motcua.processing.case-transitioned.v1";
    public static final String DUE_DATE_CHANGED = "org.motcua.processing.due-date-changed.v1";
    public static final String CASE_DUE_SOON = "org.motcua.processing.case-due-soon.v1";
    public static final String CASE_OVERDUE = "org.motcua.processing.case-overdue.v1";

    public static final List<String> ALL = List.of(PROCEDURE_CHANGED, CALENDAR_YEAR_CHANGED,
            DOSSIER_RECEIVED, DOSSIER_NOT_RECEIVED, SUPPLEMENT_REQUESTED_AT_INTAKE, SUPPLEMENT_PROVIDED,
            WITHDRAWAL_REQUESTED, CASE_TRANSITIONED, DUE_DATE_CHANGED, CASE_DUE_SOON, CASE_OVERDUE);

    /** The classpath-relative JSON Schema of an event type's {@code data}: {@code schemas/<name>.json}. */
    public static String schemaOf(String type) {
        String[] parts = type.split("\\.");
        return "schemas/" + parts[parts.length - 2] + "." + parts[parts.length - 1] + ".json";
    }
}
