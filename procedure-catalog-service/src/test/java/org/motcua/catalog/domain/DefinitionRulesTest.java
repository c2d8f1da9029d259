package org.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.catalog.DossierComponent;
import org.motcua.contracts.catalog.DurationUnit;
import org.motcua.contracts.catalog.OnlineLevel;
import org.motcua.contracts.catalog.ProcedureVersion;
import org.motcua.contracts.catalog.ProcessingDuration;
import org.motcua.contracts.catalog.ProcessingTime;

class DefinitionRulesTest {

    private static ProcessingTime days(int statutory, int committed) {
        return new ProcessingTime(new ProcessingDuration(statutory, DurationUnit.WORKING_DAYS),
                new ProcessingDuration(committed, DurationUnit.WORKING_DAYS));
    }

    private static ProcedureVersion version(ProcessingTime time, Map<Channel, ProcessingTime> byChannel,
            List<DossierComponent> components, LocalDate to) {
        return new ProcedureVersion("T-1", 0, "Thành lập trung tâm ngoại ngữ, tin học", new CodeName("F", "Lĩnh vực"),
                new CodeName("SGDDT", "Sở Giáo dục và Đào tạo"), List.of(), List.of(Channel.DIRECT, Channel.ONLINE),
                OnlineLevel.PARTLY_ONLINE, components, time, byChannel, List.of(), "Quyết định", List.of(), null,
                LocalDate.of(2020, 3, 5), to);
    }

    private static List<String> fields(ProcedureVersion version) {
        try {
            DefinitionRules.check(version);
            return List.of();
        } catch (RuleViolation e) {
            assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    @Test
    @DisplayName("the shortened procedures of Notice 371 (15 statutory, 12 committed) are valid")
    void shortened() {
        assertThatCode(() -> DefinitionRules.check(version(days(15, 12), Map.of(), List.of(), null)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an agency cannot commit to longer than the law allows")
    void committedLongerThanStatutory() {
        assertThat(fields(version(days(15, 16), Map.of(), List.of(), null))).containsExactly("processingTime.committed");
    }

    @Test
    @DisplayName("committed times in another unit are not compared (4 working hours against 1 working day)")
    void differentUnits() {
        ProcessingTime time = new ProcessingTime(new ProcessingDuration(1, DurationUnit.WORKING_DAYS),
                new ProcessingDuration(4, DurationUnit.WORKING_HOURS));
        assertThat(fields(version(time, Map.of(), List.of(), null))).isEmpty();
    }

    @Test
    @DisplayName("negative durations and missing units are named field by field")
    void negativeAndMissing() {
        ProcessingTime time = new ProcessingTime(new ProcessingDuration(-1, DurationUnit.WORKING_DAYS),
                new ProcessingDuration(2, null));
        assertThat(fields(version(time, Map.of(), List.of(), null)))
                .containsExactlyInAnyOrder("processingTime.statutory.value", "processingTime.committed.unit");
        assertThat(fields(version(null, Map.of(), List.of(), null))).containsExactly("processingTime");
    }

    @Test
    @DisplayName("a per-channel time must be for an offered channel and follow the same rules")
    void perChannel() {
        assertThat(fields(version(days(15, 12), Map.of(Channel.POSTAL, days(15, 12)), List.of(), null)))
                .containsExactly("processingTimeByChannel.POSTAL");
        assertThat(fields(version(days(15, 12), Map.of(Channel.ONLINE, days(10, 11)), List.of(), null)))
                .containsExactly("processingTimeByChannel.ONLINE.committed");
        assertThat(fields(version(days(15, 12), Map.of(Channel.ONLINE, days(15, 10)), List.of(), null))).isEmpty();
    }

    @Test
    @DisplayName("two components with the same code are refused at the second one")
    void duplicateComponents() {
        List<DossierComponent> components = List.of(new DossierComponent("TP01", "Tờ trình", true, 1, 0, null),
                new DossierComponent("TP01", "Đề án", true, 1, 0, null));
        assertThat(fields(version(days(15, 12), Map.of(), components, null))).containsExactly("components[1].code");
    }

    @Test
    @DisplayName("an end on or before the start is refused, with the other problems")
    void period() {
        assertThat(fields(version(days(15, 16), Map.of(), List.of(), LocalDate.of(2020, 3, 5))))
                .containsExactly("effectiveTo", "processingTime.committed");
    }
}
