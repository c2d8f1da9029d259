package org.motcua.contracts;

import java.util.List;

/**
 * The suite's topics. Names carry a version: a breaking change to a topic's contract opens a new topic.
 * Keys: procedure code, calendar year, or dossier code.
 */
public final class Topics {
    private Topics() {
    }

    /** Compacted; key = procedure code; value = the procedure's whole published timeline. */
    public static final String PROCEDURES = "catalog.procedures.v1";
    /** Compacted; key = year; value = that year's working-day calendar. */
    public static final String CALENDARS = "catalog.calendars.v1";
    /** Key = dossier code; every intake outcome. */
    public static final String DOSSIERS = "intake.dossiers.v1";
    /** Key = dossier code; every case transition, due-date change and deadline alert. */
    public static final String CASES = "processing.cases.v1";

    /** Dead-letter topic of one consuming service, e.g. {@code processing.dead-letter.v1}. */
    public static String deadLetter(String consumingService) {
        return consumingService + ".dead-letter.v1";
    }

    private static final long FOREVER = -1L;
    private static final long THIRTY_DAYS = 30L * 24 * 3600 * 1000;

    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(PROCEDURES, 3, true, FOREVER),
            new TopicSpec(CALENDARS, 1, true, FOREVER),
            new TopicSpec(DOSSIERS, 6, false, FOREVER),
            new TopicSpec(CASES, 6, false, FOREVER),
            new TopicSpec(deadLetter("intake"), 1, false, THIRTY_DAYS),
            new TopicSpec(deadLetter("processing"), 1, false, THIRTY_DAYS),
            new TopicSpec(deadLetter("reporting"), 1, false, THIRTY_DAYS));

    /** How a topic is created: partitions, compaction, retention in ms (-1 keeps forever). */
    public record TopicSpec(String name, int partitions, boolean compacted, long retentionMs) {
    }
}
