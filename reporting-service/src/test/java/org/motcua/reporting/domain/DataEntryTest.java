package org.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.processing.CaseAction;

class DataEntryTest {

    @Test
    @DisplayName("an officer's return entered late is data entry; processing opening the case is not")
    void officerVersusAutomatic() {
        assertThat(DataEntry.byPerson(CaseAction.RETURN_RESULT, "officer-1", "processing-officer")).isTrue();
        assertThat(DataEntry.byPerson(CaseAction.OPEN, "officer-1", "processing-officer")).isFalse();
        assertThat(DataEntry.byPerson(CaseAction.STOP, "system", null)).isFalse();
        assertThat(DataEntry.byPerson(CaseAction.ASSIGN, "x", "SYSTEM")).isFalse();
    }

    @Test
    @DisplayName("a receipt migrated by the historical import is not a late entry; one entered at the desk can be")
    void importedReceipts() {
        assertThat(DataEntry.byPerson(true)).isFalse();
        assertThat(DataEntry.byPerson(false)).isTrue();
    }
}
