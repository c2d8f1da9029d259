package org.motcua.intake.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.motcua.calendar.DueDate;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingTime;
import org.motcua.intake.Dossier;
import org.motcua.intake.domain.IntakeOutcome;

/** Builds the dossier record of an intake outcome (live or imported); the caller gives it its code. */
final class DossierFactory {
    private DossierFactory() {
    }

    static Dossier create(String code, String agencyCode, IntakeCommand cmd, OffsetDateTime receivedAt,
            IntakeOutcome outcome, WorkingCalendar calendar, OffsetDateTime now) {
        Dossier d = new Dossier();
        d.code = code;
        d.agencyCode = agencyCode;
        ProcedureVersion v = outcome.version();
        if (v != null) {
            d.procedureVersion = v.version();
            d.procedureName = v.name();
            if (v.agency() != null && agencyCode.equals(v.agency().code())) {
                d.agencyName = v.agency().name();
            }
            if (v.field() != null) {
                d.fieldCode = v.field().code();
                d.fieldName = v.field().name();
            }
            d.processingTime = v.processingTimeFor(cmd.channel());
        }
        d.procedureCode = cmd.procedureCode();
        d.channel = cmd.channel();
        d.applicantType = cmd.applicant().type();
        d.applicantName = cmd.applicant().name().strip();
        d.applicantIdNumber = cmd.applicant().identityNumber();
        d.applicantPhone = cmd.applicant().phone();
        d.applicantEmail = cmd.applicant().email();
        d.applicantAddress = cmd.applicant().address();
        d.documents = new ArrayList<>(cmd.documents());
        d.receivedAt = receivedAt;
        d.recordedAt = now;
        d.status(outcome.status());
        if (outcome instanceof IntakeOutcome.Received) {
            d.completedAt = receivedAt;
            setDue(d, calendar, receivedAt);
        } else if (outcome instanceof IntakeOutcome.SupplementRequested s) {
            d.missingComponents = new ArrayList<>(s.missing());
        } else if (outcome instanceof IntakeOutcome.NotReceived n) {
            d.reasonCode = n.reasonCode().name();
            d.reason = n.reason();
        }
        return d;
    }

    /** The appointment: the committed time of the dossier's channel counted from {@code from}. */
    static void setDue(Dossier d, WorkingCalendar calendar, OffsetDateTime from) {
        ProcessingTime time = d.processingTime;
        if (time == null || time.committed() == null) {
            return;
        }
        DueDate due = calendar.dueDate(from, time.committed());
        d.dueDate = due.dueDate();
        d.dueAt = due.dueAt();
    }
}
