package org.motcua.catalog.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number of working days d with from < d <= to. */
@Schema(description = "Working days between two dates — Số ngày làm việc giữa hai ngày (không tính ngày đầu)")
public record WorkingDaysAnswer(LocalDate from, LocalDate to, int workingDays) {
}
