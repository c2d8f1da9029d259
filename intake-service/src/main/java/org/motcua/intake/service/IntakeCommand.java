package org.motcua.intake.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.motcua.contracts.Channel;
import org.motcua.intake.domain.Applicant;
import org.motcua.intake.domain.Document;

/** A dossier handed in at the desk, by post or from the portal. {@code agencyCode}, {@code receivedAt}: optional. */
public record IntakeCommand(String procedureCode, String agencyCode, Channel channel, Applicant applicant,
        List<Document> documents, OffsetDateTime receivedAt) {
}
