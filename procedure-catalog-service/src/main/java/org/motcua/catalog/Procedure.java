package org.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A procedure code (mã thủ tục): the aggregate every version of the procedure belongs to. */
@Entity
@Table(name = "procedure")
public class Procedure {

    @Id
    public String code;

    @Column(name = "next_version", nullable = false)
    public int nextVersion = 1;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    /** The number the next version of this procedure gets. */
    public int allocateVersion() {
        return nextVersion++;
    }
}
