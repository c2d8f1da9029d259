package org.motcua.catalog.domain;

/** Trạng thái phiên bản thủ tục: DRAFT (dự thảo) → PUBLISHED (công bố) → RETIRED (bãi bỏ). */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
