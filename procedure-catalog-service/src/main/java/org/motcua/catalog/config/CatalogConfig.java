package org.motcua.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code motcua.catalog.*}. */
@ConfigMapping(prefix = "motcua.catalog")
public interface CatalogConfig {

    /** The largest page the search answers. */
    @WithDefault("100")
    int maxPageSize();

    /** How long a built working calendar is reused before the years are read again from the database. */
    @WithDefault("30s")
    Duration calendarCacheTtl();
}
