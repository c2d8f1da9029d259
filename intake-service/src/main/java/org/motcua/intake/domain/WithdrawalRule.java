package org.motcua.intake.domain;

/** The applicant may withdraw a dossier until it is resolved, refused, stopped or already withdrawn. */
public final class WithdrawalRule {
    private WithdrawalRule() {
    }

    public static void check(DossierStatus status) {
        if (!status.withdrawable) {
            throw new NotAllowed("Hồ sơ đang ở trạng thái \"" + status.label + "\", không thể rút hồ sơ.");
        }
    }
}
