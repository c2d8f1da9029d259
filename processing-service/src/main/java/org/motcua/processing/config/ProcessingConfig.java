package org.motcua.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import org.motcua.processing.domain.ClockMode;

/** {@code motcua.processing.*}: the configurable rules of processing. */
@ConfigMapping(prefix = "motcua.processing")
public interface ProcessingConfig {

    /** Clock rule when a requested supplement arrives complete; stored on each case when it is opened. */
    @WithDefault("RESTART")
    ClockMode supplementClock();

    /** Per-procedure override of {@link #supplementClock()}, keyed by procedure code. */
    Map<String, ClockMode> supplementClockByProcedure();

    /** A case is "due soon" from this many working days before its due date. */
    @WithDefault("2")
    int dueSoonWorkingDays();

    /** The deadline watcher's schedule. */
    DeadlineWatch deadlineWatch();

    interface DeadlineWatch {
        /** How often open cases are scanned (a Quarkus scheduler interval; {@code off} disables it). */
        @WithDefault("30s")
        String every();
    }

    default ClockMode clockFor(String procedureCode) {
        return supplementClockByProcedure().getOrDefault(procedureCode, supplementClock());
    }
}
