package org.motcua.reporting.domain;

import java.time.LocalDate;

/**
 * One cell of the dossiers in progress now, counted by what form 06 asks of them at the end of a past or present
 * day D: received on or before D ({@code receivedOn}), overdue at D ({@code dueDate} before D; null = no due
 * date, never overdue) and, within the deadline, asked for a supplement more than once.
 */
public record OpenCell(LocalDate receivedOn, String agencyCode, String fieldCode, String procedureCode,
        LocalDate dueDate, boolean multipleSupplementRequests) {
}
