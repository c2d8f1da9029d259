package org.motcua.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.ApplicantType;
import org.motcua.contracts.catalog.ProcessingTime;
import org.motcua.intake.domain.Document;
import org.motcua.intake.domain.DossierStatus;

/**
 * Hồ sơ: one dossier as recorded at intake, whatever the outcome, with the status learnt from processing
 * afterwards. The code is the key. {@code processingTime} is the version's time for the dossier's channel,
 * kept so that a later completion counts with the version it was received under.
 *
 * <p>The JSON columns ({@code documents}, {@code missingComponents}, {@code processingTime},
 * {@code processingMissing}) are replaced, never modified in place: assign a new list to change one. Hibernate is
 * told so ({@link Immutability}), which spares it a copy of each through JSON, written and parsed again, for every
 * dossier it loads or persists (session 32: 3 % of intake's CPU a dossier); a list changed in place would not be
 * written.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    public String code;
    public String agencyCode;
    public String agencyName;
    public String fieldCode;
    public String fieldName;
    public String procedureCode;
    public Integer procedureVersion;
    public String procedureName;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public ApplicantType applicantType;
    public String applicantName;
    @Column(name = "applicant_id_number")
    public String applicantIdNumber;
    public String applicantPhone;
    public String applicantEmail;
    public String applicantAddress;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Document> documents = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<CodeName> missingComponents = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ProcessingTime processingTime;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    public int nationalStatusCode;
    public String reasonCode;
    public String reason;
    public OffsetDateTime receivedAt;
    public OffsetDateTime completedAt;
    public OffsetDateTime recordedAt;
    public LocalDate dueDate;
    public OffsetDateTime dueAt;
    public boolean imported;
    public boolean inProcessing;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> processingMissing;
    public OffsetDateTime statusChangedAt;
    public OffsetDateTime dueChangedAt;
    @Version
    public int rowVersion;

    public CodeName agency() {
        return new CodeName(agencyCode, agencyName);
    }

    public CodeName field() {
        return fieldCode == null ? null : new CodeName(fieldCode, fieldName);
    }

    public void status(DossierStatus newStatus) {
        status = newStatus;
        nationalStatusCode = newStatus.nationalStatusCode;
    }

    public List<String> missingCodes() {
        return missingComponents.stream().map(CodeName::code).toList();
    }
}
