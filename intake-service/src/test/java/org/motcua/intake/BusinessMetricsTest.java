package org.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.testsupport.Metrics;

@QuarkusTest
class BusinessMetricsTest {

    private static final String POSTAL = "channel=\"POSTAL\"";

    @Test
    @DisplayName("a dossier received by post counts one more for the POSTAL channel; a request refused as bad input counts none")
    void dossiersReceivedByChannel() {
        Catalogue.Procedure p = Catalogue.published();
        double before = Metrics.value("motcua_dossiers_received_total", POSTAL);
        Api.as(Roles.PORTAL)
                .body(Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"), "2020-03-05T09:15:00+07:00"))
                .post("/api/v1/dossiers").then().statusCode(201);
        assertThat(Metrics.value("motcua_dossiers_received_total", POSTAL)).isEqualTo(before + 1);

        Map<String, Object> bad = Api.receivedAt(Api.dossier(p, "POSTAL", "TP1", "TP2", "TP3"),
                "2020-03-05T09:15:00+07:00");
        Map<String, Object> applicant = new java.util.LinkedHashMap<>(Api.citizen());
        applicant.put("identityNumber", "12");
        bad.put("applicant", applicant);
        Api.as(Roles.PORTAL).body(bad).post("/api/v1/dossiers").then().statusCode(400);
        assertThat(Metrics.value("motcua_dossiers_received_total", POSTAL)).isEqualTo(before + 1);
    }
}
