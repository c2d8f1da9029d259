package org.motcua.reporting.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.contracts.Channel;

/** The public dashboard rendered by headless Chromium from the public API. */
@QuarkusTest
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TestHTTPResource("/")
    URL root;

    @Test
    @DisplayName("the dashboard loads offline, draws the charts from the public API and lists the overdue dossier")
    void rendersInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null, "chromium is not installed");
        Agency a = new Agency();
        String first = a.received("2020-01-06T09:00", "2020-01-24", Channel.ONLINE, Agency.EDUCATION, "1.005076", true);
        String second = a.received("2020-02-03T09:00", "2020-02-21", Channel.ONLINE, Agency.FOREIGN_LANGUAGE,
                "1.000948.H38", false);
        String overdue = a.received("2020-03-02T09:00", "2020-03-20");
        a.resultReady(first, "2020-01-24", "2020-01-20T09:00");
        a.resultReady(second, "2020-02-21", "2020-02-25T09:00");
        a.awaitTotal("2020-01-01", "2020-03-31", t -> ((Number) t.get("resolved")).intValue() == 2
                && ((Number) t.get("received")).intValue() == 3);

        String query = "from=2020-01-01&to=2020-03-31&agency=" + a.code;
        JsonPath api = given().get("/api/v1/public/dashboard?" + query).then().statusCode(200).extract().jsonPath();
        assertThat(api.getList("overdue.dossierCode")).containsExactly(overdue);
        assertThat(api.getInt("overdue[0].daysOverdue")).isEqualTo(11);
        assertThat(api.getString("overdue[0]")).doesNotContain("Nguyễn Văn A");
        assertThat(api.getList("monthly.month")).containsExactly("2020-01", "2020-02", "2020-03");

        String url = root.toString() + "?" + query;
        Path profile = Files.createTempDirectory("chromium-profile");
        String dom = chromium(profile, "--dump-dom", url);
        assertThat(dom).contains("data-state=\"ready\"");
        assertThat(dom).contains("Bảng theo dõi giải quyết thủ tục hành chính");
        // on-time rate per month: January 100 %, February late (0 %), March nothing resolved
        assertThat(dom).containsPattern("<circle[^>]*data-month=\"2020-01\"[^>]*data-rate=\"1\"");
        assertThat(dom).containsPattern("<circle[^>]*data-month=\"2020-02\"[^>]*data-rate=\"0\"");
        assertThat(dom).doesNotContainPattern("data-month=\"2020-03\"");
        assertThat(dom).contains("100,0 %");
        // received by channel
        assertThat(dom).containsPattern("data-channel=\"ONLINE\" data-value=\"2\"");
        assertThat(dom).containsPattern("id=\"channel-DIRECT\">1<");
        // per field and the overdue list (dossier code, procedure, field, days)
        assertThat(dom).contains("data-field=\"NNTH\"").contains("Ngoại ngữ, tin học");
        assertThat(dom).contains("data-dossier=\"" + overdue + "\"");
        assertThat(dom).containsPattern("id=\"kpi-received\" data-value=\"3\"");

        Path screenshot = Path.of("target", "dashboard.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(profile, "--screenshot=" + screenshot, "--window-size=1280,900", url);
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static String chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
