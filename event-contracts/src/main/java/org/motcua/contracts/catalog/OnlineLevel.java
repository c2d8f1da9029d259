package org.motcua.contracts.catalog;

/** Mức độ dịch vụ công trực tuyến (Decree 42/2022). */
public enum OnlineLevel {
    /** Toàn trình. */
    FULLY_ONLINE,
    /** Một phần. */
    PARTLY_ONLINE,
    /** Not offered online. */
    NONE
}
