package org.motcua.contracts.processing;

/** The state of a case in processing, with its national dossier status code. */
public enum CaseState {
    /** Đã tiếp nhận, chờ phân công. */
    RECEIVED(2),
    /** Đang xử lý. */
    IN_PROGRESS(4),
    /** Yêu cầu bổ sung hồ sơ. */
    SUPPLEMENT_REQUESTED(5),
    /** Yêu cầu thực hiện nghĩa vụ tài chính. */
    PAYMENT_REQUESTED(6),
    /** Đã phê duyệt, đang chuẩn bị kết quả. */
    APPROVED(4),
    /** Từ chối giải quyết (the refusal is the result). */
    REFUSED(9),
    /** Có kết quả, chờ trả. */
    RESULT_READY(9),
    /** Đã trả kết quả. */
    RESULT_RETURNED(10),
    /** Công dân rút hồ sơ. */
    WITHDRAWN(7),
    /** Dừng xử lý. */
    STOPPED(8);

    public final int nationalStatusCode;

    CaseState(int nationalStatusCode) {
        this.nationalStatusCode = nationalStatusCode;
    }

    public boolean isFinal() {
        return this == RESULT_RETURNED || this == WITHDRAWN || this == STOPPED;
    }
}
