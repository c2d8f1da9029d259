package org.motcua.contracts.catalog;

/** Thành phần hồ sơ: one document the applicant files. */
public record DossierComponent(String code, String name, boolean mandatory, int originals, int copies,
        String templateForm) {
}
