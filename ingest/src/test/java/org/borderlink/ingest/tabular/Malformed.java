package org.borderlink.ingest.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Broken variants of the sample exports, each with the mapping it is read with and what the refusal must say: the
 * cases the issue names (wrong encoding, missing required column, bad date, unknown dictionary value, truncated
 * workbook) and a few more that real exports produce.
 *
 * @param path the problem path the refusal must name (a cell, or {@code file})
 * @param message text the problem's message must contain
 */
public record Malformed(String name, TabularMapping mapping, byte[] bytes, String file, String path, String message) {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Override
    public String toString() {
        return name;
    }

    public static List<Malformed> all() {
        return List.of(
                new Malformed(
                        "Serbian export in Windows-1251 read with a mapping that declares UTF-8",
                        mapping(mappingText("rs-mup").replace("encoding: auto", "encoding: UTF-8"), "rs-mup-utf8.yaml"),
                        Samples.bytes(Samples.SERBIAN),
                        Samples.SERBIAN,
                        "file",
                        "line 1 is not valid UTF-8"),
                new Malformed(
                        "required column 'Улога' missing",
                        Samples.mapping("rs-mup"),
                        serbian(s -> s.replace(";Улога;", ";Улога лица;")),
                        "no-role.csv",
                        "file",
                        "missing required column 'Улога' (person.role)"),
                new Malformed(
                        "a date that does not exist",
                        Samples.mapping("rs-mup"),
                        serbian(s -> s.replace(";22.03.2024.;", ";31.02.2024.;")),
                        "bad-date.csv",
                        "row 6, column 4 'Датум догађаја'",
                        "'31.02.2024.' is not a date in the mapping's formats dd.MM.yyyy., d.M.yyyy., dd.MM.yyyy"),
                new Malformed(
                        "a gender the dictionary does not know",
                        Samples.mapping("rs-mup"),
                        serbian(s -> s.replace("Билал Хан;муш;", "Билал Хан;мушко;")),
                        "unknown-gender.csv",
                        "row 5, column 10 'Пол'",
                        "unknown value 'мушко' for person.gender; the dictionary 'пол' knows муш, мушки, м, m, жен,"),
                new Malformed(
                        "a phone number with digits missing",
                        Samples.mapping("rs-mup"),
                        serbian(s -> s.replace(";065 987 6543;", ";065 98;")),
                        "short-phone.csv",
                        "row 8, column 13 'Телефон'",
                        "phone number not recognised: '065 98'"),
                new Malformed(
                        "two rows of one case that disagree on the incident date",
                        Samples.mapping("rs-mup"),
                        serbian(s -> s.replace("3;КУ 1487/24;;;", "3;КУ 1487/24;;16.03.2024.;")),
                        "disagree.csv",
                        "row 4, column 4 'Датум догађаја'",
                        "differs from '17.03.2024.' given for incident.date of the same case at row 2, column 4"),
                new Malformed(
                        "a reference used twice in a one-row-per-case export",
                        Samples.mapping("ba-gp"),
                        bosnian(s -> s.replace("GP-11-04/24-031", "GP-17-04/24-112")),
                        "twice.csv",
                        "row 4, column 1 'Broj predmeta'",
                        "the reference 'GP-17-04/24-112' is already used on row 2"),
                new Malformed(
                        "a workbook cut off half-way",
                        Samples.mapping("al-asp"),
                        Arrays.copyOf(Samples.bytes(Samples.ALBANIAN), Samples.bytes(Samples.ALBANIAN).length / 2),
                        "truncated.xlsx",
                        "file",
                        "the workbook cannot be opened: it is not a complete XLSX file"),
                new Malformed(
                        "a CSV file given to a workbook mapping",
                        Samples.mapping("al-asp"),
                        Samples.bytes(Samples.MACEDONIAN),
                        "not-a-workbook.xlsx",
                        "file",
                        "the workbook cannot be opened"),
                new Malformed(
                        "a quote never closed",
                        Samples.mapping("mk-mvr"),
                        macedonian(s -> s.replace("\"Возилото е запрено", "\"Возилото \"\"е запрено")
                                .replace("8 мигранти.\"", "8 мигранти.")),
                        "open-quote.csv",
                        "file",
                        "the CSV is broken after row"));
    }

    static TabularMapping mapping(String yaml, String source) {
        try {
            return Samples.mappings().parse(yaml.getBytes(StandardCharsets.UTF_8), source);
        } catch (MappingException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static String mappingText(String name) {
        try (InputStream in = Malformed.class.getResourceAsStream("/mappings/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] serbian(java.util.function.UnaryOperator<String> edit) {
        String text = new String(Samples.bytes(Samples.SERBIAN), CP1251);
        String edited = edit.apply(text);
        if (edited.equals(text)) throw new IllegalStateException("the edit changed nothing");
        return edited.getBytes(CP1251);
    }

    static byte[] bosnian(java.util.function.UnaryOperator<String> edit) {
        Charset cp1250 = Charset.forName("windows-1250");
        String text = new String(Samples.bytes(Samples.BOSNIAN), cp1250);
        String edited = edit.apply(text);
        if (edited.equals(text)) throw new IllegalStateException("the edit changed nothing");
        return edited.getBytes(cp1250);
    }

    static byte[] macedonian(java.util.function.UnaryOperator<String> edit) {
        String text = new String(Samples.bytes(Samples.MACEDONIAN), StandardCharsets.UTF_8);
        String edited = edit.apply(text);
        if (edited.equals(text)) throw new IllegalStateException("the edit changed nothing");
        return edited.getBytes(StandardCharsets.UTF_8);
    }
}
