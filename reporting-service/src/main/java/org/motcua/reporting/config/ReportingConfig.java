package org.motcua.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code motcua.reporting.*}. */
@ConfigMapping(prefix = "motcua.reporting")
public interface ReportingConfig {

    /** The longest period one report may cover, in days. */
    @WithDefault("1830")
    int maxPeriodDays();

    /** How many overdue dossiers the public dashboard lists. */
    @WithDefault("50")
    int overdueListSize();
}
