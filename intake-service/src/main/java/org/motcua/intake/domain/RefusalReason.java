package org.motcua.intake.domain;

/** Why a dossier is not received at intake (national status 3); also the JSON field the reason is about. */
public enum RefusalReason {
    UNKNOWN_PROCEDURE("procedureCode"),
    NOT_IN_FORCE("receivedAt"),
    WRONG_AGENCY("agencyCode"),
    CHANNEL_NOT_OFFERED("channel"),
    APPLICANT_TYPE_NOT_ELIGIBLE("applicant.type");

    public final String field;

    RefusalReason(String field) {
        this.field = field;
    }
}
