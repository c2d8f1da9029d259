package org.motcua.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.processing.it.Scenario.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;
import org.motcua.processing.service.CalendarReplica;

@QuarkusTest
class ConcurrencyTest {

    @Inject
    CalendarReplica replica;

    @Test
    @DisplayName("two heads decide the same dossier at the same moment: exactly one decision is recorded, the others get 409")
    void oneDecisionWins() throws Exception {
        calendars(replica);
        String code = newCode();
        open(code, "1.005076", at("2020-03-04T09:00"));
        act(Roles.UNIT_HEAD, code, body("ASSIGN", "2020-03-04T10:00", "unit", "P1", "officer", "cv.an"))
                .statusCode(200);
        int parallel = 6;
        CyclicBarrier start = new CyclicBarrier(parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            boolean approve = i % 2 == 0;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return as(Roles.UNIT_HEAD).body(approve
                        ? body("APPROVE", "2020-03-10T10:00", "decision", decision("1/QĐ", "2020-03-10", "A", null))
                        : body("REFUSE", "2020-03-10T10:00", "decision", decision("2/TB", "2020-03-10", "B", "Không đủ")))
                        .post("/api/v1/cases/" + code + "/transitions").statusCode();
            }, pool));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(parallel - 1);
        List<String> actions = as(Roles.AUDITOR).get("/api/v1/cases/" + code + "/history").then().statusCode(200)
                .extract().jsonPath().getList("steps.action");
        assertThat(actions).hasSize(3);
        assertThat(actions.get(2)).isIn("APPROVE", "REFUSE");
    }
}
