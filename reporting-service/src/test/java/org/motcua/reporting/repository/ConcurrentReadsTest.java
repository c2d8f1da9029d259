package org.motcua.reporting.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.motcua.commons.problem.Problem;
import org.motcua.commons.problem.ProblemException;

class ConcurrentReadsTest {

    @Test
    void a_read_that_failed_fails_the_report_with_its_own_problem_not_a_wrapper() {
        ProblemException unavailable = new ProblemException(Problem.of(503, "Database unavailable",
                "Cơ sở dữ liệu tạm thời không phản hồi."));
        CompletableFuture<Object> read = CompletableFuture.supplyAsync(() -> {
            throw unavailable;
        });
        assertSame(unavailable, assertThrows(ProblemException.class, () -> ConcurrentReads.await(read)));
    }

    @Test
    void a_read_that_succeeded_gives_its_rows() {
        assertEquals("rows", ConcurrentReads.await(CompletableFuture.supplyAsync(() -> "rows")));
    }
}
