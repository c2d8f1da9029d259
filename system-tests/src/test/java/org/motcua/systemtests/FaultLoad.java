package org.motcua.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fault run's load: {@code dossiers} complete dossiers submitted through intake's REST API by
 * {@code clients} concurrent clients, each with its Idempotency-Key and retried with the same key until intake
 * answers (as the portal does); every {@code lifecycleEvery}-th received dossier is then taken through its
 * whole lifecycle in processing (assign, approve, result ready, return) by a second pool of officers, each
 * step retried until the case shows it. The faults run on a thread of their own when the given share of the
 * dossiers has been received. The outcome is what the clients saw succeed.
 */
final class FaultLoad {

    /** An action run once {@code share} of the dossiers have been received. */
    record Fault(double share, String name, Runnable action) {
    }

    /** What the clients saw: the codes intake gave, the cases returned to the applicant, and timings. */
    record Outcome(Set<String> received, Set<String> returned, long submitMillis, long totalMillis, long retries,
            List<String> failures, List<String> faultLog) {
        double dossiersPerSecond() {
            return received.size() * 1000.0 / Math.max(1, submitMillis);
        }
    }

    private static final List<String> STATES = List.of("RECEIVED", "IN_PROGRESS", "APPROVED", "RESULT_READY",
            "RESULT_RETURNED");
    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    private final FaultClient client = new FaultClient();
    private final String runId;
    private final List<String> procedures;
    private final Map<String, List<Map<String, Object>>> documents = new HashMap<>();
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faultLog = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong retries = new AtomicLong();

    FaultLoad(String runId, List<String> procedures) {
        this.runId = runId;
        this.procedures = procedures;
        for (String procedure : procedures) {
            documents.put(procedure, mandatoryDocuments(procedure));
        }
    }

    /** One dossier per procedure, retried until intake's catalogue replica knows them all. */
    FaultLoad warmUp() {
        for (int p = 0; p < procedures.size(); p++) {
            int i = -1 - p;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            FaultClient.Answer answer;
            int attempt = 0;
            // a new key per attempt: an answer "not received" (replica still cold) is stored with its key
            while (!received(answer = client.post(Suite.get().url(Suite.INTAKE) + "/api/v1/dossiers",
                    "intake-officer", body(i), runId + "-" + i + "-" + attempt++))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("intake does not receive " + procedures.get(p) + ": "
                            + answer.status() + " " + answer.text());
                }
                sleep(500);
            }
        }
        received.clear();
        return this;
    }

    /** Submits dossier {@code i} once intake's replica knows its procedure; its code. */
    String receiveOne(int i) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        FaultClient.Answer answer;
        int attempt = 0;
        while (!received(answer = client.post(Suite.get().url(Suite.INTAKE) + "/api/v1/dossiers", "intake-officer",
                body(i), runId + "-" + i + "-" + attempt++))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("intake does not receive dossier " + i + ": " + answer.status() + " "
                        + answer.text());
            }
            sleep(500);
        }
        return answer.body().path("code").asText();
    }

    private static boolean received(FaultClient.Answer answer) {
        return answer.ok() && answer.body() != null && "RECEIVED".equals(answer.body().path("status").asText());
    }

    Outcome run(int dossiers, int clients, int lifecycleEvery, List<Fault> faults) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastReceipt = new AtomicLong(start);
        BlockingQueue<String> lifecycles = new LinkedBlockingQueue<>();
        ExecutorService submitters = Executors.newFixedThreadPool(clients);
        ExecutorService officers = Executors.newFixedThreadPool(Math.max(2, clients / 2));
        CountDownLatch submitted = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            submitters.execute(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < dossiers; i = next.getAndIncrement()) {
                        String code = submit(i);
                        if (code != null) {
                            lastReceipt.set(System.nanoTime());
                            if (i % lifecycleEvery == 0) {
                                lifecycles.add(code);
                            }
                        }
                    }
                } finally {
                    submitted.countDown();
                }
            });
        }
        int officerCount = Math.max(2, clients / 2);
        for (int o = 0; o < officerCount; o++) {
            officers.execute(() -> {
                try {
                    while (true) {
                        String code = lifecycles.poll(500, TimeUnit.MILLISECONDS);
                        if (code == null) {
                            if (submitted.getCount() == 0 && lifecycles.isEmpty()) {
                                return;
                            }
                            continue;
                        }
                        lifecycle(code);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Thread faultThread = new Thread(() -> {
            for (Fault fault : faults) {
                while (received.size() < fault.share() * dossiers && submitted.getCount() > 0) {
                    sleep(100);
                }
                long at = System.nanoTime();
                int receivedBefore = received.size();
                fault.action().run();
                faultLog.add(String.format("%s at %d received (%.0f s into the run), took %d ms, %d received meanwhile",
                        fault.name(), receivedBefore, (at - start) / 1e9, (System.nanoTime() - at) / 1_000_000,
                        received.size() - receivedBefore));
            }
        }, "faults");
        faultThread.start();
        submitted.await();
        long submitMillis = (lastReceipt.get() - start) / 1_000_000;
        faultThread.join();
        officers.shutdown();
        officers.awaitTermination(GIVE_UP.toMinutes() * 2, TimeUnit.MINUTES);
        submitters.shutdown();
        return new Outcome(Set.copyOf(received), Set.copyOf(returned), submitMillis,
                (System.nanoTime() - start) / 1_000_000, retries.get(), List.copyOf(failures), List.copyOf(faultLog));
    }

    /** Submits dossier {@code i} until intake answers with its code; null (and a failure) when it never does. */
    Map<String, Object> body(int i) {
        String procedure = procedures.get(Math.floorMod(i, procedures.size()));
        return Map.of(
                "procedureCode", procedure,
                "channel", "DIRECT",
                "applicant", Map.of("type", "CITIZEN", "name", "Trần Thị Bình", "identityNumber",
                        String.format("0792%08d", Math.abs(i)), "phone", "0912345678", "address", "5 Hùng Vương, Huế"),
                "documents", documents.get(procedure));
    }

    private String submit(int i) {
        Map<String, Object> body = body(i);
        String key = runId + "-" + i;
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            FaultClient.Answer answer = client.post(Suite.get().url(Suite.INTAKE) + "/api/v1/dossiers",
                    "intake-officer", body, key);
            if (received(answer)) {
                String code = answer.body().path("code").asText();
                received.add(code);
                return code;
            }
            if (answer.ok() || answer.status() >= 400 && answer.status() < 500 && answer.status() != 409
                    && answer.status() != 429) {
                failures.add("dossier " + key + ": " + answer.status() + " " + answer.text());
                return null;
            }
            retries.incrementAndGet();
            sleep(250);
        }
        failures.add("dossier " + key + ": intake never answered");
        return null;
    }

    /** Assign, approve, result ready, return: each step retried until the case is at least in its state. */
    private void lifecycle(String code) {
        String cases = Suite.get().url(Suite.PROCESSING) + "/api/v1/cases/" + code;
        String today = org.motcua.contracts.VietnamTime.now().toLocalDate().toString();
        Object[][] steps = {
            {"unit-head", Map.of("action", "ASSIGN", "unit", FaultClient.UNIT, "officer", FaultClient.OFFICER),
                "IN_PROGRESS"},
            {"unit-head", Map.of("action", "APPROVE", "decision", Map.of("number", code + "/QĐ-SGDĐT", "date", today,
                "signer", "Giám đốc")), "APPROVED"},
            {"processing-officer", Map.of("action", "RESULT_READY"), "RESULT_READY"},
            {"processing-officer", Map.of("action", "RETURN_RESULT", "channel", "DIRECT"), "RESULT_RETURNED"}};
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        int step = 0;
        while (step < steps.length) {
            if (System.nanoTime() > deadline) {
                failures.add("lifecycle " + code + ": stuck before " + steps[step][2]);
                return;
            }
            String state = stateOf(cases);
            if (state == null) {
                sleep(200); // not opened yet (the DossierReceived event is on its way) or processing is down
                continue;
            }
            int reached = STATES.indexOf(state);
            int target = STATES.indexOf((String) steps[step][2]);
            if (reached < 0) {
                failures.add("lifecycle " + code + ": unexpected state " + state);
                return;
            }
            if (reached >= target) {
                step++;
                continue;
            }
            FaultClient.Answer answer = client.post(cases + "/transitions", (String) steps[step][0], steps[step][1],
                    null);
            if (answer.ok()) {
                step++;
            } else {
                retries.incrementAndGet();
                if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 409) {
                    failures.add("lifecycle " + code + ": " + answer.status() + " " + answer.text());
                    return;
                }
                sleep(250);
            }
        }
        returned.add(code);
    }

    private String stateOf(String caseUrl) {
        FaultClient.Answer answer = client.get(caseUrl, "unit-head");
        return answer.status() == 200 && answer.body() != null ? answer.body().path("state").asText() : null;
    }

    private List<Map<String, Object>> mandatoryDocuments(String procedure) {
        FaultClient.Answer answer = client.get(Suite.get().url(Suite.CATALOG) + "/api/v1/procedures/" + procedure,
                null);
        if (answer.status() != 200) {
            throw new IllegalStateException(procedure + ": " + answer.status() + " " + answer.text());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode c : answer.body().path("components")) {
            if (c.path("mandatory").asBoolean()) {
                list.add(Map.of("componentCode", c.path("code").asText(), "title", c.path("name").asText(),
                        "originals", 1, "copies", 0));
            }
        }
        return list;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
