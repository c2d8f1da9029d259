package org.motcua.commons.security;

/** The roles of the suite (the {@code groups} claim of the bearer token). */
public final class Roles {
    private Roles() {
    }

    /** Cổng dịch vụ công: the provincial portal, a machine client. */
    public static final String PORTAL = "portal";
    /** Cán bộ tiếp nhận: desk officer. */
    public static final String INTAKE_OFFICER = "intake-officer";
    /** Chuyên viên xử lý: processing officer. */
    public static final String PROCESSING_OFFICER = "processing-officer";
    /** Lãnh đạo đơn vị: approves, refuses, extends. */
    public static final String UNIT_HEAD = "unit-head";
    /** Quản trị danh mục thủ tục. */
    public static final String CATALOG_ADMIN = "catalog-admin";
    /** Vận hành hệ thống. */
    public static final String OPS = "ops";
    /** Thanh tra, kiểm toán: reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
}
