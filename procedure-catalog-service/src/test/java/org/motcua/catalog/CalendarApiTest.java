package org.motcua.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.motcua.catalog.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.motcua.commons.security.Roles;

@QuarkusTest
class CalendarApiTest {

    private static final List<Map<String, String>> HOURS = List.of(Map.of("start", "07:00", "end", "11:30"),
            Map.of("start", "13:30", "end", "17:00"));

    private static io.restassured.response.ValidatableResponse due(String receivedAt, String... params) {
        var request = given().queryParam("receivedAt", receivedAt);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/calendar/due-date").then();
    }

    @Test
    @DisplayName("the official calendars 2020-2027 are seeded at start-up: Tết Canh Tý is off in 2020")
    void seeded() {
        given().get("/api/v1/calendar/2020").then().statusCode(200).body("year", equalTo(2020))
                .body("zone", equalTo("Asia/Ho_Chi_Minh")).body("daysOff.date", hasItem("2020-01-23"))
                .body("provisional", equalTo(false));
        given().get("/api/v1/calendar/2027").then().statusCode(200).body("provisional", equalTo(true));
        given().get("/api/v1/calendar").then().statusCode(200).body("year", hasItem(2024));
    }

    @Test
    @DisplayName("a dossier received on Wednesday 04/03/2020 with 15 working days is due on 25/03/2020 at 17:00")
    void workingDays() {
        due("2020-03-04T10:00:00+07:00", "workingDays", "15").statusCode(200).body("dueDate", equalTo("2020-03-25"))
                .body("dueAt", equalTo("2020-03-25T17:00:00+07:00")).body("calendarCovered", equalTo(true));
        due("2020-03-04T03:00:00Z", "workingDays", "15").statusCode(200).body("dueAt", equalTo("2020-03-25T17:00:00+07:00"));
    }

    @Test
    @DisplayName("received after working hours on the eve of Tết 2020: counted from 30/01, due a day later")
    void eveOfTet() {
        due("2020-01-22T17:30:00+07:00", "workingDays", "1").statusCode(200)
                .body("effectiveReceiptDay", equalTo("2020-01-30")).body("dueDate", equalTo("2020-01-31"));
        due("2020-01-22T16:00:00+07:00", "workingDays", "1").statusCode(200).body("dueDate", equalTo("2020-01-30"));
    }

    @Test
    @DisplayName("calendar days ending on 01/05 move to the next working day; working hours skip lunch and night")
    void otherUnits() {
        due("2020-04-16T09:00:00+07:00", "value", "15", "unit", "CALENDAR_DAYS").statusCode(200)
                .body("dueDate", equalTo("2020-05-04"));
        due("2020-03-04T09:00:00+07:00", "value", "8", "unit", "WORKING_HOURS").statusCode(200)
                .body("dueDate", equalTo("2020-03-05")).body("dueAt", equalTo("2020-03-05T09:00:00+07:00"));
    }

    @Test
    @DisplayName("January 2020 has 17 working days once New Year and the five Tết days are taken out")
    void workingDaysBetween() {
        given().queryParam("from", "2019-12-31").queryParam("to", "2020-01-31").get("/api/v1/calendar/working-days-between")
                .then().statusCode(200).body("workingDays", equalTo(17));
        given().queryParam("from", "2020-01-31").queryParam("to", "2020-13-01").get("/api/v1/calendar/working-days-between")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    @DisplayName("malformed due-date questions are 400 problems naming the parameter")
    void badDueDateQuestions() {
        given().queryParam("workingDays", 3).get("/api/v1/calendar/due-date").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("receivedAt"));
        due("2020-03-04T10:00:00", "workingDays", "3").statusCode(400).body("errors.field", hasItem("receivedAt"));
        due("2020-03-04T10:00:00+07:00", "workingDays", "-1").statusCode(400).body("errors.field", hasItem("workingDays"));
        due("2020-03-04T10:00:00+07:00", "value", "3", "unit", "WEEKS").statusCode(400).body("errors.field", hasItem("unit"));
        due("2020-03-04T10:00:00+07:00", "workingDays", "3", "value", "3").statusCode(400);
        due("2020-03-04T10:00:00+07:00").statusCode(400).body("errors.field", hasItem("workingDays"));
    }

    @Test
    @DisplayName("an administrator replaces a year: the new day off moves due dates at once")
    void replaceYear() {
        admin().body(Map.of("year", 2033, "zone", "Asia/Ho_Chi_Minh", "workingHours", HOURS,
                "daysOff", List.of(Map.of("date", "2033-01-03", "reason", "Nghỉ bù Tết Dương lịch")),
                "makeUpWorkingDays", List.of(Map.of("date", "2033-01-08", "reason", "Làm bù")),
                "provisional", true, "legalBasis", "Dự kiến"))
                .put("/api/v1/calendar/2033").then().statusCode(200).body("year", equalTo(2033));
        given().get("/api/v1/calendar/2033").then().statusCode(200).body("daysOff[0].date", equalTo("2033-01-03"));
        due("2032-12-31T10:00:00+07:00", "workingDays", "1").statusCode(200).body("dueDate", equalTo("2033-01-04"));
        due("2033-01-07T10:00:00+07:00", "workingDays", "1").statusCode(200).body("dueDate", equalTo("2033-01-08"));
    }

    @Test
    @DisplayName("an invalid year is refused naming the field, and nothing is written")
    void invalidYearWritesNothing() {
        admin().body(Map.of("workingHours", HOURS, "daysOff", List.of(),
                "makeUpWorkingDays", List.of(Map.of("date", "2034-01-04", "reason", "Làm bù thứ Tư"))))
                .put("/api/v1/calendar/2034").then().statusCode(422)
                .body("errors.field", hasItem("makeUpWorkingDays[0].date"));
        admin().body(Map.of("daysOff", List.of(Map.of("date", "2034-02-30", "reason", "Ngày không có"))))
                .put("/api/v1/calendar/2034").then().statusCode(400).body("errors.field", hasItem("daysOff[0].date"));
        admin().body(Map.of("zone", "Mars/Olympus")).put("/api/v1/calendar/2034").then().statusCode(422)
                .body("errors.field", hasItem("zone"));
        admin().body(Map.of("holidays", List.of())).put("/api/v1/calendar/2034").then().statusCode(400)
                .body("errors.field", hasItem("holidays"));
        admin().body(Map.of("daysOff", List.of())).put("/api/v1/calendar/year2034").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().get("/api/v1/calendar/2034").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("only the catalogue administrator changes the calendar")
    void roles() {
        given().contentType("application/json").body(Map.of("daysOff", List.of())).put("/api/v1/calendar/2035").then()
                .statusCode(401);
        Fixtures.as(Roles.UNIT_HEAD).body(Map.of("daysOff", List.of())).put("/api/v1/calendar/2035").then()
                .statusCode(403);
    }
}
