package org.motcua.contracts.catalog;

/** Đối tượng thực hiện. */
public enum ApplicantType {
    /** Công dân. */
    CITIZEN,
    /** Doanh nghiệp, tổ chức. */
    BUSINESS
}
