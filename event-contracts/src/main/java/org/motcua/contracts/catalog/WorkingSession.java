package org.motcua.contracts.catalog;

import java.time.LocalTime;

/** One block of working hours, e.g. 07:00-11:30. */
public record WorkingSession(LocalTime start, LocalTime end) {
}
