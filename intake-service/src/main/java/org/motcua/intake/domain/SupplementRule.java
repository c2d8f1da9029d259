package org.motcua.intake.domain;

import java.util.List;
import java.util.Set;

/**
 * What a supplement (bổ sung hồ sơ) does. Incomplete at intake: the documents reduce the missing list; once
 * nothing mandatory is missing the dossier is received (code kept, due date from the completion time).
 * Asked for by processing: the documents are forwarded to processing, which applies its clock rule
 * (Decree 61/2018 Art 19(4)). Any other state: nothing is awaited.
 */
public final class SupplementRule {
    private SupplementRule() {
    }

    public enum Action {
        /** Incomplete at intake, now complete: becomes RECEIVED. */
        COMPLETES_AT_INTAKE,
        /** Incomplete at intake and still missing something. */
        STILL_INCOMPLETE_AT_INTAKE,
        /** Processing asked for it: forwarded, processing decides. */
        FORWARDED_TO_PROCESSING
    }

    /** The action, the components still missing, and whether the dossier is now complete. */
    public record Decision(Action action, List<String> stillMissing, boolean complete) {
    }

    /**
     * @param missingAtIntake component codes missing at intake
     * @param missingInProcessing component codes processing asked for (null or empty: not listed)
     */
    public static Decision decide(DossierStatus status, boolean inProcessing, List<String> missingAtIntake,
            List<String> missingInProcessing, Set<String> provided) {
        if (status == DossierStatus.SUPPLEMENT_REQUESTED && !inProcessing) {
            List<String> still = missingAtIntake.stream().filter(c -> !provided.contains(c)).toList();
            return still.isEmpty() ? new Decision(Action.COMPLETES_AT_INTAKE, still, true)
                    : new Decision(Action.STILL_INCOMPLETE_AT_INTAKE, still, false);
        }
        if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
            List<String> asked = missingInProcessing == null ? List.of() : missingInProcessing;
            List<String> still = asked.stream().filter(c -> !provided.contains(c)).toList();
            return new Decision(Action.FORWARDED_TO_PROCESSING, still, still.isEmpty());
        }
        throw new NotAllowed("Hồ sơ đang ở trạng thái \"" + status.label + "\", không có yêu cầu bổ sung nào đang chờ.");
    }
}
