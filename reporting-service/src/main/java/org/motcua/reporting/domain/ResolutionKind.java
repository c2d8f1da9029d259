package org.motcua.reporting.domain;

/** The event that resolved a dossier (đã giải quyết). */
public enum ResolutionKind {
    /** Có kết quả: the first RESULT_READY. */
    RESULT_READY,
    /** Từ chối giải quyết: REFUSE (toState REFUSED); the refusal is the result. */
    REFUSED,
    /** Đã trả kết quả: RETURN_RESULT when neither of the others came before. */
    RESULT_RETURNED
}
