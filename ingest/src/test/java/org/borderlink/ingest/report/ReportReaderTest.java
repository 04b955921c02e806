package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportReaderTest {

    /** The smallest valid report, one line, with a reference to fill in. */
    static String minimal(String reference) {
        return """
                {"schemaVersion":"1","agency":"RS-MUP","country":"RS","reference":"%s","version":1,\
                "reportedOn":"17.03.2024.","type":"SOM","marking":{"tlp":"AMBER","handling":"H1"},"grading":"B2"}""".formatted(reference);
    }

    static String withField(String reference, String extraField) {
        return minimal(reference).replaceFirst("}$", "," + extraField + "}");
    }

    private static ReadResult.Parsed parsed(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Parsed.class);
        return (ReadResult.Parsed) result;
    }

    private static List<Problem> problems(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Failed.class);
        return ((ReadResult.Failed) result).problems();
    }

    private static Problem onlyProblem(ReadResult result) {
        List<Problem> problems = problems(result);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    // ---- NDJSON ----------------------------------------------------------------------------------------

    @Test
    void oneBadLineInNdjsonCostsOnlyThatLine() {
        String text = String.join(
                "\n",
                minimal("A"),
                "{\"schemaVersion\": \"1\", broken",
                minimal("B"),
                "",
                withField("C", "\"persons\":[{\"ref\":\"P1\",\"role\":\"DRVER\"}]"),
                minimal("D"));

        List<ReadResult> results = TestReports.read(text, "bulk.ndjson");

        assertThat(results).extracting(ReadResult::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(results).extracting(ReadResult::line).containsExactly(1L, 2L, 3L, 5L, 6L);
        assertThat(parsed(results.get(0)).report().reference()).isEqualTo("A");
        assertThat(onlyProblem(results.get(1)).message()).startsWith("malformed JSON at line 2, column ");
        assertThat(parsed(results.get(2)).report().reference()).isEqualTo("B");
        assertThat(onlyProblem(results.get(3)).path()).isEqualTo("$.persons[0].role");
        assertThat(parsed(results.get(4)).report().reference()).isEqualTo("D");
        assertThat(results).allSatisfy(r -> assertThat(r.source()).isEqualTo("bulk.ndjson"));
    }

    @Test
    void ndjsonInAJsonFileIsRecognisedByItsFirstLine() {
        String text = minimal("A") + "\r\n" + "{\"oops\"}" + "\r\n" + minimal("B") + "\r\n";

        List<ReadResult> results = TestReports.read(text, "export.json");

        assertThat(results).hasSize(3);
        assertThat(parsed(results.get(0)).report().reference()).isEqualTo("A");
        assertThat(onlyProblem(results.get(1)).message()).startsWith("malformed JSON at line 2");
        assertThat(parsed(results.get(2)).report().reference()).isEqualTo("B");
    }

    @Test
    void aBrokenFirstLineDoesNotHideTheGoodLinesAfterIt() {
        List<ReadResult> results = TestReports.read("{\"a\" 1}\n" + minimal("B"), "export.json");

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
        assertThat(parsed(results.get(1)).report().reference()).isEqualTo("B");
    }

    @Test
    void trailingContentOnALineIsMalformed() {
        List<ReadResult> results = TestReports.read(minimal("A") + " x\n" + minimal("B"), "bulk.ndjson");

        assertThat(onlyProblem(results.getFirst()).message()).startsWith("malformed JSON at line 1");
        assertThat(parsed(results.get(1)).report().reference()).isEqualTo("B");
    }

    @Test
    void aLineOverTheByteLimitIsRefusedWithoutReadingIt() {
        ReportReader reader = new ReportReader(ReportLimits.DEFAULTS.withMaxReportBytes(1024));
        String big = withField("BIG", "\"narrative\":{\"language\":\"sr\",\"text\":\"" + "ж".repeat(2000) + "\"}");

        List<ReadResult> results =
                TestReports.read(reader, minimal("A") + "\n" + big + "\n" + minimal("B"), "x.ndjson");

        assertThat(results).hasSize(3);
        Problem tooBig = onlyProblem(results.get(1));
        assertThat(tooBig.path()).isEqualTo("$");
        assertThat(tooBig.message())
                .contains("limit maxReportBytes is 1024")
                .contains(String.valueOf(big.getBytes(StandardCharsets.UTF_8).length));
        assertThat(parsed(results.get(2)).report().reference()).isEqualTo("B");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        List<ReadResult> results = TestReports.read("\uFEFF" + minimal("A") + "\n" + minimal("B"), "bom.ndjson");

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Parsed.class));
    }

    // ---- arrays and single documents ---------------------------------------------------------------

    @Test
    void aBadElementOfAnArrayDoesNotStopTheOthers() {
        String text = "[\n" + minimal("A") + ",\n42,\n"
                + withField("C", "\"type\":\"SMUGGLING\"").replace("\"type\":\"SOM\",", "") + ",\n" + minimal("D")
                + "\n]\n";

        List<ReadResult> results = TestReports.read(text, "batch.json");

        assertThat(results).extracting(ReadResult::index).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(onlyProblem(results.get(1)).message())
                .isEqualTo("expected a case report (a JSON object) but found the number 42");
        assertThat(onlyProblem(results.get(2)).message())
                .startsWith("unknown value 'SMUGGLING' for type; expected one of SOM, THB, MIXED");
        assertThat(parsed(results.get(3)).report().reference()).isEqualTo("D");
    }

    @Test
    void aTruncatedArrayKeepsWhatCameBeforeAndSaysWhereItBroke() {
        String text =
                "[" + minimal("A") + ",\n" + minimal("B") + ",\n" + minimal("C").substring(0, 60);

        List<ReadResult> results = TestReports.read(text, "cut.json");

        assertThat(results).hasSize(3);
        assertThat(parsed(results.get(0)).report().reference()).isEqualTo("A");
        assertThat(parsed(results.get(1)).report().reference()).isEqualTo("B");
        Problem broken = onlyProblem(results.get(2));
        assertThat(broken.recordIndex()).isEqualTo(2);
        assertThat(broken.message())
                .startsWith("malformed JSON at line 3, column ")
                .contains("end-of-input")
                .endsWith("the rest of cut.json could not be read");
    }

    @Test
    void brokenSyntaxInsideAnArrayStopsThatFileClearly() {
        String text = "[" + minimal("A") + ", {\"schemaVersion\" \"1\"}, " + minimal("C") + "]";

        List<ReadResult> results = TestReports.read(text, "bad.json");

        assertThat(results).hasSize(2);
        assertThat(onlyProblem(results.get(1)).message())
                .contains("was expecting a colon")
                .endsWith("the rest of bad.json could not be read");
    }

    @Test
    void aDuplicateFieldInsideAnArrayCostsOnlyThatElement() {
        String text = "[" + withField("A", "\"agency\":\"BA-GP\"") + ", " + minimal("B") + "]";

        List<ReadResult> results = TestReports.read(text, "dup.json");

        assertThat(results).hasSize(2);
        assertThat(onlyProblem(results.get(0)).message()).isEqualTo("field 'agency' appears twice in the same object");
        assertThat(parsed(results.get(1)).report().reference()).isEqualTo("B");
    }

    @Test
    void contentAfterTheArrayIsReported() {
        List<ReadResult> results = TestReports.read("[" + minimal("A") + "] {}", "x.json");

        assertThat(results).hasSize(2);
        assertThat(onlyProblem(results.get(1)).message()).contains("after the ']'");
    }

    @Test
    void prettyPrintedReportsOneAfterAnotherAreRead() {
        String pretty = TestReports.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(TestReports.som());

        List<ReadResult> results = TestReports.read("\n" + pretty + "\n" + pretty, "two.json");

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Parsed.class));
        assertThat(results.get(0).line()).isEqualTo(2);
        assertThat(results.get(1).line()).isEqualTo(2 + pretty.lines().count());
    }

    @Test
    void aTruncatedPrettyReportIsMalformed() {
        String pretty = TestReports.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(TestReports.som());

        List<ReadResult> results = TestReports.read(pretty.substring(0, pretty.length() / 2), "half.json");

        assertThat(onlyProblem(results.getFirst()).message())
                .startsWith("malformed JSON at line ")
                .contains("end-of-input");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''               | the input holds no report: it is empty",
                "'  \n\t '         | the input holds no report: it is empty",
                "'\"a report\"'   | expected a case report (a JSON object) but found text 'a report'",
                "'[[]]'           | expected a case report (a JSON object) but found a list",
                "'null'           | expected a case report (a JSON object) but found null",
            })
    void inputThatHoldsNoReportSaysSo(String text, String message) {
        List<ReadResult> results = TestReports.read(text, "odd.json");

        assertThat(onlyProblem(results.getFirst()).message()).isEqualTo(message);
    }

    @Test
    void anEmptyArrayHoldsNoReportsAndNoProblems() {
        assertThat(TestReports.read(" [ ] ", "none.json")).isEmpty();
    }

    // ---- binding problems --------------------------------------------------------------------------

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        ReadResult result = TestReports.read(
                        withField(
                                "A",
                                "\"persons\":[{\"ref\":\"P1\",\"role\":\"DRIVER\"},{\"ref\":\"P2\",\"role\":\"DRVER\"}]"),
                        "x.json")
                .getFirst();

        assertThat(onlyProblem(result))
                .isEqualTo(new Problem(
                        0,
                        "$.persons[1].role",
                        "unknown value 'DRVER' for role; expected one of ORGANISER, RECRUITER, TRANSPORTER, DRIVER,"
                                + " GUIDE, HARBOURER, MONEY_HANDLER, DOCUMENT_FORGER, EXPLOITER, SMUGGLED_MIGRANT, VICTIM,"
                                + " WITNESS, OTHER"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"version\":\"2\"                         | $.version         | expected a whole number for version but found text '2'",
                "\"version\":1.5                           | $.version         | expected a whole number for version but found the number 1.5",
                "\"version\":99999999999                   | $.version         | the number 99999999999 is out of range for version",
                "\"reference\":4711                        | $.reference       | expected text for reference but found the number 4711",
                "\"persons\":{}                            | $.persons         | expected a list for persons but found an object",
                "\"incidents\":[\"I1\"]                    | $.incidents[0]    | expected an object for incidents but found text 'I1'",
                "\"marking\":\"AMBER\"                     | $.marking         | expected an object for marking but found text 'AMBER'",
                "\"selectors\":{\"phones\":[{\"ref\":\"T1\",\"number\":38164123}]} | $.selectors.phones[0].number | expected text for number but found the number 38164123",
                "\"persons\":[{\"ref\":\"P1\",\"role\":\"OTHER\",\"minor\":\"yes\"}] | $.persons[0].minor | expected true or false for minor but found text 'yes'",
                "\"persons\":[{\"ref\":\"P1\",\"role\":3}] | $.persons[0].role | expected one of ORGANISER, RECRUITER, TRANSPORTER, DRIVER, GUIDE, HARBOURER, MONEY_HANDLER, DOCUMENT_FORGER, EXPLOITER, SMUGGLED_MIGRANT, VICTIM, WITNESS, OTHER for role but found the number 3",
                "\"persons\":[{\"ref\":\"P1\",\"role\":\"OTHER\",\"ageBand\":\"20-30\"}] | $.persons[0].ageBand | unknown value '20-30' for ageBand; expected one of 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+",
                "\"receivedOn\":null                       | $.receivedOn      | null is not allowed for receivedOn; leave the field out when it is unknown",
                "\"persons\":[{\"ref\":\"P1\",\"role\":\"OTHER\",\"aliases\":[\"X\",null]}] | $.persons[0].aliases[1] | null is not allowed in aliases",
                "\"legs\":[{\"ref\":\"L1\",\"order\":1,\"from\":{\"name\":\"Шид\",\"altitude\":80},\"to\":{\"name\":\"Tovarnik\"}}] | $.legs[0].from.altitude | unknown field 'altitude'; expected one of country, id, kind, lat, lon, name",
            })
    void wrongTypesAndUnknownFieldsAreReportedInPlainWords(String field, String path, String message) {
        String json = minimal("A")
                .replace(",\"version\":1", "")
                .replace(",\"reference\":\"A\"", ",\"reference\":\"A\",\"version\":1");
        if (field.startsWith("\"version\"")) json = json.replace(",\"version\":1", "");
        if (field.startsWith("\"reference\"")) json = json.replace("\"reference\":\"A\",", "");
        if (field.startsWith("\"marking\""))
            json = json.replace(",\"marking\":{\"tlp\":\"AMBER\",\"handling\":\"H1\"}", "");

        ReadResult result = TestReports.read(json.replaceFirst("}$", "," + field + "}"), "x.json")
                .getFirst();

        assertThat(onlyProblem(result)).isEqualTo(new Problem(0, path, message));
    }

    @Test
    void everyBindingProblemOfAReportIsListedAtOnceInDocumentOrder() {
        ReadResult result = TestReports.read(withField("A", """
                        "persons":[{"ref":"P1","role":"DRVER","aliases":["x",null],"gender":"M"},
                        {"ref":"P2","role":"VICTIM","hair":"brown","victim":{"traffickingStatus":"Possible",
                        "methodsOfControl":["DebtBondage","Debt"]}}],
                        "selectors":{"phones":[{"ref":"T1","number":381641234567}]},"status":"OPEN\"""".replace("\n", "")), "x.json")
                .getFirst();

        assertThat(problems(result))
                .extracting(Problem::path)
                .containsExactly(
                        "$.persons[0].role",
                        "$.persons[0].aliases[1]",
                        "$.persons[0].gender",
                        "$.persons[1].hair",
                        "$.persons[1].victim.traffickingStatus",
                        "$.persons[1].victim.methodsOfControl[1]",
                        "$.selectors.phones[0].number",
                        "$.status");
        assertThat(problems(result).get(5).message())
                .startsWith("unknown value 'Debt' for methodsOfControl; expected one of PhysicalThreats,");
    }

    @Test
    void longInputIsNeverEchoedBack() {
        String junk = "DRIVER" + "X".repeat(10_000);
        ReadResult result = TestReports.read(
                        withField("A", "\"persons\":[{\"ref\":\"P1\",\"role\":\"" + junk + "\"}],\"" + junk + "\":1"),
                        "x.json")
                .getFirst();

        assertThat(problems(result)).hasSize(2).allSatisfy(p -> {
            assertThat(p.message()).doesNotContain("X".repeat(Describe.MAX_ECHO));
            assertThat(p.path().length() + p.message().length()).isLessThan(400);
        });
    }

    // ---- files, directories, streaming -----------------------------------------------------------------

    @Test
    void aDirectoryIsReadFileByFileInNameOrderWithOneRunningIndex(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.ndjson"), minimal("B1") + "\n" + minimal("B2") + "\n");
        Files.writeString(dir.resolve("a.json"), "[" + minimal("A1") + "," + minimal("A2") + "]");
        Files.writeString(
                dir.resolve("c.JSON"),
                TestReports.JSON
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(TestReports.JSON.readTree(minimal("C1"))));
        Files.writeString(dir.resolve("notes.txt"), "not a report");
        Files.writeString(dir.resolve(".partial.json"), "{");
        Files.createDirectory(dir.resolve("sub.json"));

        List<ReadResult> results;
        try (Stream<ReadResult> stream = new ReportReader().read(dir)) {
            results = stream.toList();
        }

        assertThat(ReportReader.inputFiles(dir))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("a.json", "b.ndjson", "c.JSON");
        assertThat(results).extracting(ReadResult::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(results)
                .extracting(ReadResult::source)
                .containsExactly("a.json", "a.json", "b.ndjson", "b.ndjson", "c.JSON");
        assertThat(results)
                .extracting(r -> parsed(r).report().reference())
                .containsExactly("A1", "A2", "B1", "B2", "C1");
    }

    @Test
    void aProblemInOneFileOfADirectoryKeepsTheIndexRunning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.ndjson"), minimal("A") + "\n{\n");
        Files.writeString(dir.resolve("2.ndjson"), minimal("B"));

        List<ReadResult> results;
        try (Stream<ReadResult> stream = new ReportReader().read(dir)) {
            results = stream.toList();
        }

        assertThat(results).hasSize(3);
        assertThat(onlyProblem(results.get(1)).recordIndex()).isEqualTo(1);
        assertThat(parsed(results.get(2)).index()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAnIoErrorNotAProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> new ReportReader().read(dir.resolve("nope.json")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void ndjsonIsStreamedNotLoaded() {
        try (Stream<ReadResult> results = new ReportReader().read(endless("", "\n", ""), "endless.ndjson")) {
            assertThat(results.limit(3))
                    .extracting(r -> parsed(r).report().reference())
                    .containsExactly("R0", "R1", "R2");
        }
    }

    @Test
    void anArrayIsStreamedNotLoaded() {
        try (Stream<ReadResult> results = new ReportReader().read(endless("[", ",\n", ""), "endless.json")) {
            assertThat(results.limit(3))
                    .extracting(r -> parsed(r).report().reference())
                    .containsExactly("R0", "R1", "R2");
        }
    }

    @Test
    void aHundredThousandReportsStreamThrough() {
        long parsed;
        try (Stream<ReadResult> results = new ReportReader().read(endless("", "\n", "", 100_000), "bulk.ndjson")) {
            parsed = results.filter(ReadResult.Parsed.class::isInstance).count();
        }
        assertThat(parsed).isEqualTo(100_000);
    }

    /** An input of reports R0, R1, … produced on demand, so that it can be endless. */
    private static InputStream endless(String open, String separator, String close) {
        return endless(open, separator, close, Long.MAX_VALUE);
    }

    private static InputStream endless(String open, String separator, String close, long count) {
        return new InputStream() {
            private long next;
            private byte[] chunk = open.getBytes(StandardCharsets.UTF_8);
            private int pos;

            @Override
            public int read() {
                if (pos == chunk.length) {
                    if (next > count) return -1;
                    String text = next < count ? (next == 0 ? "" : separator) + minimal("R" + next) : close;
                    chunk = text.getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                    next++;
                    if (chunk.length == 0) return read();
                }
                return chunk[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) return n == 0 ? -1 : n;
                    b[off + n++] = (byte) c;
                    if (pos == chunk.length) break;
                }
                return n;
            }
        };
    }

    /** The example of docs/report-format/README.md, verbatim between the markers. */
    @Test
    void readmeExample(@TempDir Path directory) throws IOException {
        Files.writeString(
                directory.resolve("a.ndjson"),
                minimal("A") + "\n" + minimal("B").replace("B2", "Z9"));
        Files.writeString(directory.resolve("b.json"), "[{\"oops\": true}]");

        // readme-start
        ReportReader reader = new ReportReader();
        ReportValidator validator = new ReportValidator();
        Map<String, List<Problem>> outcome = new LinkedHashMap<>();
        try (Stream<ReadResult> results = reader.read(directory)) {
            results.forEach(result -> {
                List<Problem> problems = switch (result) {
                    case ReadResult.Parsed parsed -> validator.validate(parsed.index(), parsed.report());
                    case ReadResult.Failed failed -> failed.problems();
                };
                // refuse the report if there are problems; else normalise, pseudonymise, resolve, write
                outcome.put(result.source() + ":" + result.line(), problems);
            });
        }
        // readme-end

        assertThat(outcome).containsOnlyKeys("a.ndjson:1", "a.ndjson:2", "b.json:1");
        assertThat(outcome.get("a.ndjson:1")).isEmpty();
        assertThat(outcome.get("a.ndjson:2"))
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.grading"));
        assertThat(outcome.get("b.json:1"))
                .extracting(Problem::message)
                .anyMatch(m -> m.startsWith("unknown field 'oops'"));
    }

    @Test
    void theReadmeShowsTheTestedExample() throws IOException {
        List<String> source =
                Files.readAllLines(Path.of("src/test/java/org/borderlink/ingest/report/ReportReaderTest.java"));
        List<String> snippet = source
                .subList(source.indexOf("        // readme-start") + 1, source.indexOf("        // readme-end"))
                .stream()
                .map(line -> line.length() > 8 ? line.substring(8) : line.strip())
                .toList();
        String readme = Files.readString(TestReports.DOCS.resolve("README.md"));

        assertThat(readme).contains("```java\n" + String.join("\n", snippet) + "\n```");
    }

    @Test
    void closingTheStreamClosesTheInput() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(minimal("A").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (Stream<ReadResult> results = new ReportReader().read(in, "x.json")) {
            assertThat(results.count()).isEqualTo(1);
        }
        assertThat(closed[0]).isTrue();
    }
}
