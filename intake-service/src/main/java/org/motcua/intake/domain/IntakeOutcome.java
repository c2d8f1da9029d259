package org.motcua.intake.domain;

import java.util.List;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ProcedureVersion;

/** What the completeness check decided: received, supplement requested (all missing at once) or refused. */
public sealed interface IntakeOutcome {

    DossierStatus status();

    /** The version in force at receipt; null only when refused because none was. */
    ProcedureVersion version();

    record Received(ProcedureVersion version) implements IntakeOutcome {
        public DossierStatus status() {
            return DossierStatus.RECEIVED;
        }
    }

    record SupplementRequested(ProcedureVersion version, List<CodeName> missing) implements IntakeOutcome {
        public DossierStatus status() {
            return DossierStatus.SUPPLEMENT_REQUESTED;
        }
    }

    record NotReceived(ProcedureVersion version, RefusalReason reasonCode, String reason) implements IntakeOutcome {
        public DossierStatus status() {
            return DossierStatus.NOT_RECEIVED;
        }
    }
}
