package org.motcua.commons.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a request body could not be read, in Vietnamese, and the field it concerns (its JSON path, or "body"
 * when the JSON itself is broken: then the reason gives the line and column).
 */
record JsonReadProblem(String field, String reason) {

    static JsonReadProblem of(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? ProblemMappers.pathOf(mapping) : "";
        if (path.isEmpty()) {
            path = currentName(e);
        }
        String field = path.isEmpty() ? "body" : path;
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return new JsonReadProblem("body", "còn nội dung sau giá trị JSON" + at(e.getLocation()));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new JsonReadProblem(field, "trường không được hỗ trợ");
        }
        if (e instanceof WellFormedStrings.LoneSurrogateException) {
            return new JsonReadProblem(field, "chuỗi chứa ký tự không hợp lệ (surrogate đơn lẻ hoặc NUL)");
        }
        if (e instanceof InvalidFormatException format) {
            return new JsonReadProblem(field, "giá trị '" + format.getValue() + "' " + expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new JsonReadProblem(field, "kiểu dữ liệu không đúng, " + expected(mismatched.getTargetType()));
        }
        if (e instanceof InputCoercionException || message.contains("out of range")) {
            return new JsonReadProblem(field, "số nằm ngoài khoảng cho phép" + at(e.getLocation()));
        }
        if (e instanceof StreamConstraintsException) {
            return new JsonReadProblem(field, "nội dung lồng nhau quá sâu hoặc quá dài" + at(e.getLocation()));
        }
        if (message.startsWith("Duplicate field")) {
            return new JsonReadProblem(field, "trường xuất hiện hai lần" + at(e.getLocation()));
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return new JsonReadProblem("body", "byte không phải mã UTF-8 hợp lệ" + at(e.getLocation()));
        }
        return new JsonReadProblem("body", "JSON không hợp lệ" + at(e.getLocation()));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "không đúng định dạng";
        }
        if (type.isEnum()) {
            return "không thuộc các giá trị cho phép: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "không phải ngày theo định dạng YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class) {
            return "không phải thời điểm ISO-8601 có múi giờ, ví dụ 2020-03-05T09:30:00+07:00";
        }
        if (type == LocalTime.class) {
            return "không phải giờ theo định dạng HH:MM";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "cần một số nguyên";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "cần true hoặc false";
        }
        if (type == String.class) {
            return "cần một chuỗi";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "cần một mảng JSON";
        }
        return "cần một đối tượng JSON";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr();
    }

    private static String currentName(JsonProcessingException e) {
        try {
            if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
                String name = parser.getParsingContext().getCurrentName();
                return name == null ? "" : name;
            }
        } catch (RuntimeException ignored) {
            // the parser may be closed: no name then
        }
        return "";
    }
}
