package org.motcua.contracts.processing;

/** What an officer (or an intake event) does to a case. OPEN is the case's first transition. */
public enum CaseAction {
    OPEN,
    ASSIGN,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT_RECEIVED,
    REQUEST_PAYMENT,
    PAYMENT_RECEIVED,
    APPROVE,
    REFUSE,
    RESULT_READY,
    RETURN_RESULT,
    EXTEND,
    STOP,
    WITHDRAW
}
