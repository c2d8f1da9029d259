import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The peer: the same dossier lifecycle run by an embedded BPMN engine (Flowable) on the same PostgreSQL.
 * Process "dossier": start (receive, with the dossier's data as variables) -> user task assign -> user task
 * approve -> user task resultReady -> user task returnResult -> end. History level audit, no async executor.
 * Each lifecycle: startProcessInstanceByKey, then for each step a task query by process instance and
 * complete(task, variables) -- one transaction per call, as an application embedding the engine would do.
 *
 * One engine, one JVM, for the whole measure, driven from stdin (DrivenRuns) so that its warm-up slices and its
 * measured runs are the harness's to decide (bench/measures/lifecycle.sh), as for our services, which stay up, and
 * our load generator (LifecycleLoad), which does too; it closes the engine at the end of its input.
 *
 * Usage (after javac of bench/java):
 *   java -cp CLASSES:FLOWABLE_CLASSPATH FlowableLifecycle JDBC_URL USER PASSWORD CONCURRENCY
 * Prints "ready", then per run: ok=.. failed=.. seconds=.. rate=.. p50_ms=.. p99_ms=.. cpu_s=.. (this JVM's CPU
 * time during the run: the engine's whole cost, as the load generator's)
 */
public class FlowableLifecycle {
    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://motcua.org/bench">
              <process id="dossier" name="Dossier lifecycle" isExecutable="true">
                <startEvent id="receive"/>
                <sequenceFlow id="f1" sourceRef="receive" targetRef="assign"/>
                <userTask id="assign" name="Assign" flowable:candidateGroups="unit-head"/>
                <sequenceFlow id="f2" sourceRef="assign" targetRef="approve"/>
                <userTask id="approve" name="Approve" flowable:assignee="${officer}"/>
                <sequenceFlow id="f3" sourceRef="approve" targetRef="resultReady"/>
                <userTask id="resultReady" name="Result ready" flowable:assignee="${officer}"/>
                <sequenceFlow id="f4" sourceRef="resultReady" targetRef="returnResult"/>
                <userTask id="returnResult" name="Return result" flowable:assignee="${officer}"/>
                <sequenceFlow id="f5" sourceRef="returnResult" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;
    static final String TODAY = LocalDate.now(ZoneOffset.ofHours(7)).toString();

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        int c = Integer.parseInt(args[3]);
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setJdbcUrl(url);
        cfg.setJdbcDriver("org.postgresql.Driver");
        cfg.setJdbcUsername(user);
        cfg.setJdbcPassword(password);
        // a connection a client and two more: a command that needs a new block of ids takes a second connection
        // while it holds its own; 10 connections for 16 clients starved the pool (20-s waits, failed lifecycles)
        cfg.setJdbcMaxActiveConnections(Math.max(10, c + 2));
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory("audit");
        cfg.setAsyncExecutorActivate(false);
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        ProcessEngine engine = cfg.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("bench")
                    .addInputStream("dossier.bpmn20.xml", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
                    .enableDuplicateFiltering().deploy();
            RuntimeService runtime = engine.getRuntimeService();
            TaskService tasks = engine.getTaskService();
            DrivenRuns.serve(c, (slot, i) -> lifecycle(runtime, tasks, i));
        } finally {
            engine.close();
        }
    }

    /** One lifecycle: the process started with the dossier's data, then its four user tasks completed in turn. */
    static void lifecycle(RuntimeService runtime, TaskService tasks, int i) {
        String code = "BENCH-" + System.nanoTime() + "-" + i;
        String pid = runtime.startProcessInstanceByKey("dossier", code, Map.of(
                "procedureCode", "SGDDT-015", "channel", "DIRECT", "applicantName",
                "Nguyễn Văn Đo Hiệu Năng " + i, "identityNumber", String.format("%012d", i),
                "dueDate", TODAY)).getId();
        complete(tasks, pid, Map.of("unit", "P.QLCL", "officer", "bench-officer"));
        complete(tasks, pid, Map.of("decisionNumber", i + "/QĐ-BENCH", "decisionDate", TODAY,
                "signer", "Giám đốc"));
        complete(tasks, pid, Map.of("resultReady", true));
        complete(tasks, pid, Map.of("returnChannel", "DIRECT"));
    }

    static void complete(TaskService tasks, String processInstanceId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        tasks.complete(task.getId(), variables);
    }
}
