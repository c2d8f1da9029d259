package org.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.motcua.catalog.domain.Slot;
import org.motcua.catalog.domain.VersionStatus;

/**
 * One version of a procedure (phiên bản thủ tục). {@code content} holds the whole version as the contract's
 * {@code ProcedureVersion} JSON; number, status and period live in their columns, which are authoritative.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionStatus status;

    @Column(nullable = false)
    public String name;

    @Column(name = "field_code", nullable = false)
    public String fieldCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public String content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    public Slot slot() {
        return new Slot(version, effectiveFrom, effectiveTo, status);
    }
}
