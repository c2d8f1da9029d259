import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CPU time this JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre") have spent, from
 * /proc/self/task: they are hidden from ThreadMXBean, and CompilationMXBean counts wall time, which on saturated
 * cores is mostly waiting. A run that still spends a share of its CPU here is not yet in its steady state.
 */
final class CompilerThreads {
    /** Linux's USER_HZ, the unit of /proc's utime and stime: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private CompilerThreads() {
    }

    /** Seconds of CPU (user + system) of the compiler threads alive now; 0 where /proc is not there. */
    static double cpuSeconds() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                ticks += compilerTicks(task);
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long compilerTicks(Path task) {
        try {
            String name = Files.readString(task.resolve("comm"));
            if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                return 0;
            }
            // after the command name in parentheses: state is field 3, utime and stime fields 14 and 15
            String stat = Files.readString(task.resolve("stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException e) {
            return 0; // the thread ended while it was read
        }
    }
}
