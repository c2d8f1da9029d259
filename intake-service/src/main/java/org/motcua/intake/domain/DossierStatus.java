package org.motcua.intake.domain;

/**
 * A dossier's status as intake knows it: its own outcomes, then processing's states as learnt from
 * processing's events (same names as {@code CaseState}), each with the national status code and the
 * Vietnamese label shown to the applicant.
 */
public enum DossierStatus {
    RECEIVED(2, "Đã tiếp nhận", true),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung hồ sơ", true),
    NOT_RECEIVED(3, "Không tiếp nhận", false),
    WITHDRAWAL_REQUESTED(7, "Đề nghị rút hồ sơ", false),
    IN_PROGRESS(4, "Đang xử lý", true),
    PAYMENT_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính", true),
    APPROVED(4, "Đang xử lý (đã phê duyệt)", true),
    REFUSED(9, "Từ chối giải quyết", false),
    RESULT_READY(9, "Đã có kết quả", false),
    RESULT_RETURNED(10, "Đã trả kết quả", false),
    WITHDRAWN(7, "Đã rút hồ sơ", false),
    STOPPED(8, "Dừng xử lý", false);

    public final int nationalStatusCode;
    public final String label;
    /** The applicant may still withdraw the dossier. */
    public final boolean withdrawable;

    DossierStatus(int nationalStatusCode, String label, boolean withdrawable) {
        this.nationalStatusCode = nationalStatusCode;
        this.label = label;
        this.withdrawable = withdrawable;
    }
}
