package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.Channel;
import org.motcua.contracts.CodeName;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.contracts.processing.DueDateChangeReason;
import org.motcua.testsupport.TestTokens;

/**
 * The rebuild replays everything on the shared topics; named to run last in the module's Quarkus run
 * (classes of one profile run in name order), so that no other test waits behind it.
 */
@QuarkusTest
class TopicReplayRebuildTest {

    @Test
    @DisplayName("operations rebuild the read model from the topics and get the same form 06 as the live one")
    void rebuildGivesTheSameReport() {
        Agency a = new Agency();
        // codes of its own: the replay also sees other runs' receipts of the shared codes and names
        CodeName education = new CodeName(a.code + ".F1", "Giáo dục và Đào tạo");
        CodeName languages = new CodeName(a.code + ".F2", "Ngoại ngữ, tin học");
        String early = a.received("2021-01-04T09:00", "2021-01-22", Channel.ONLINE, education, a.code + ".P1", true);
        String lateRecorded = a.received("2021-01-05T09:00", "2021-01-25", Channel.DIRECT, education, a.code + ".P1",
                false);
        String extendedLate = a.received("2021-01-06T09:00", "2021-01-26", Channel.POSTAL, languages, a.code + ".P2",
                false);
        String withdrawn = a.received("2021-01-07T09:00", "2021-01-27", Channel.DIRECT, education, a.code + ".P1",
                false);
        String carried = a.received("2020-12-28T09:00", "2021-01-15", Channel.DIRECT, education, a.code + ".P1", false);
        a.resultReady(early, "2021-01-22", "2021-01-12T09:00");
        a.transition(lateRecorded, CaseAction.RETURN_RESULT, CaseState.RESULT_READY, CaseState.RESULT_RETURNED,
                "2021-01-25", "2021-01-25T16:00", "2021-01-27T08:00");
        a.dueDateChanged(extendedLate, "2021-01-26", "2021-01-29", DueDateChangeReason.EXTENSION, "2021-01-22T09:00");
        a.resultReady(extendedLate, null, "2021-02-01T09:00");
        a.withdrawalRequested(withdrawn, "2021-01-08T09:00");
        a.expect("2021-01-01", "2021-02-28", Map.of("received", 4, "resolved", 3, "resolvedLate", 1,
                "carriedOver", 1, "inProgress", 1, "recordedLate", 1));
        assertThat(carried).isNotBlank();

        Map<String, Object> liveByProcedure = a.form06("2021-01-01", "2021-02-28", "procedure").getMap("$");
        Map<String, Object> liveJanuary = a.form06("2021-01-01", "2021-01-31", "field").getMap("$");
        assertThat(liveJanuary).extracting("total").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("carriedOver", 1).containsEntry("recordedLate", 1).containsEntry("resolvedOnTime", 1);

        given().header("Authorization", TestTokens.bearer(Roles.OPS)).post("/api/v1/admin/rebuild").then()
                .statusCode(202).body("state", org.hamcrest.Matchers.equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).until(() -> "DONE".equals(status()
                .getString("state")));
        JsonPath done = status();
        assertThat(done.getLong("eventsReplayed")).isGreaterThanOrEqualTo(11);
        assertThat(done.getLong("eventsReplayed") + done.getLong("eventsRejected"))
                .isEqualTo(done.getLong("eventsToReplay"));

        assertThat(withoutTimestamp(a.form06("2021-01-01", "2021-02-28", "procedure").getMap("$")))
                .isEqualTo(withoutTimestamp(liveByProcedure));
        assertThat(withoutTimestamp(a.form06("2021-01-01", "2021-01-31", "field").getMap("$")))
                .isEqualTo(withoutTimestamp(liveJanuary));

        // live consumption goes on after the rebuild
        a.received("2021-02-01T09:00", "2021-02-19", Channel.DIRECT, education, a.code + ".P1", false);
        a.expect("2021-01-01", "2021-02-28", Map.of("received", 5, "inProgress", 2));
    }

    private static JsonPath status() {
        return given().header("Authorization", TestTokens.bearer(Roles.OPS)).get("/api/v1/admin/rebuild").then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> withoutTimestamp(Map<String, Object> report) {
        Map<String, Object> copy = new java.util.HashMap<>(report);
        copy.remove("generatedAt");
        return copy;
    }
}
