package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.contracts.Channel;
import org.motcua.contracts.processing.CaseAction;
import org.motcua.contracts.processing.CaseState;
import org.motcua.testsupport.TestTokens;

@QuarkusTest
class IndicatorsTest {

    @Test
    @DisplayName("Decision 766: a result in time after two supplement requests counts late; online 50 % earns full points")
    void decision766() {
        Agency a = new Agency();
        String early = a.received("2020-11-02T09:00", "2020-11-20", Channel.ONLINE, Agency.EDUCATION, "1.005076", true);
        String twoSupplements = a.received("2020-11-02T10:00", "2020-11-20", Channel.ONLINE, Agency.EDUCATION,
                "1.005076", false);
        a.received("2020-11-03T09:00", "2020-12-10");
        a.received("2020-11-03T10:00", "2020-11-25");
        a.resultReady(early, "2020-11-20", "2020-11-10T09:00");
        a.transition(twoSupplements, CaseAction.REQUEST_SUPPLEMENT, CaseState.IN_PROGRESS,
                CaseState.SUPPLEMENT_REQUESTED, "2020-11-20", "2020-11-04T09:00", "2020-11-04T09:00");
        a.transition(twoSupplements, CaseAction.REQUEST_SUPPLEMENT, CaseState.IN_PROGRESS,
                CaseState.SUPPLEMENT_REQUESTED, "2020-11-20", "2020-11-09T09:00", "2020-11-09T09:00",
                "SECOND_SUPPLEMENT_REQUEST");
        a.resultReady(twoSupplements, "2020-11-20", "2020-11-19T09:00");
        a.awaitTotal("2020-11-01", "2020-11-30", t -> ((Number) t.get("resolved")).intValue() == 2
                && ((Number) t.get("received")).intValue() == 4);

        JsonPath json = given().header("Authorization", TestTokens.bearer(Roles.AUDITOR))
                .queryParam("from", "2020-11-01").queryParam("to", "2020-11-30").queryParam("agency", a.code)
                .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        Map<String, Object> progress = indicator(json, "PROGRESS");
        // in time: the early result and the dossier still within its deadline; late: two supplements, overdue
        assertThat(progress).containsEntry("numerator", 2).containsEntry("denominator", 4)
                .containsEntry("rate", 0.5f).containsEntry("points", 10.0f).containsEntry("weight", 20);
        assertThat((String) progress.get("formula")).contains("bổ sung quá một lần");
        assertThat(indicator(json, "ONLINE")).containsEntry("rate", 0.5f).containsEntry("points", 12.0f);
        assertThat(indicator(json, "DIGITISATION")).containsEntry("rate", 0.25f).containsEntry("points", 6.88f);
        assertThat(indicator(json, "SATISFACTION")).containsEntry("measured", false).containsEntry("weight", 18);
        assertThat(json.getFloat("points")).isEqualTo(28.88f);
        assertThat(json.getInt("measuredWeight")).isEqualTo(54);
        assertThat(json.getInt("maxPoints")).isEqualTo(100);
    }

    private static Map<String, Object> indicator(JsonPath json, String code) {
        return json.getMap("indicators.find { it.code == '" + code + "' }");
    }
}
