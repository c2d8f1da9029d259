package org.motcua.testsupport;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample of the service under test's Prometheus endpoint ({@code /q/metrics}). */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of {@code name} whose labels include {@code label="value"} (e.g. {@code channel="DIRECT"}), or of
     * the first sample of {@code name} when {@code label} is null; 0 when there is no such sample yet.
     */
    public static double value(String name, String label) {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (label == null || labels.contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
