package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code borderlink mapping check}: what the first rows become, what nothing reads, what no dictionary knows. */
class MappingCheckTest {

    private static MappingCheck.Preview check(String mapping, byte[] bytes, String name) throws IOException {
        return MappingCheck.run(Samples.reader(), Samples.mapping(mapping), new ByteArrayInputStream(bytes), name, 2);
    }

    @Test
    void aGoodSampleMapsCleanlyAndSaysHowManyReportsItMakes() throws IOException {
        MappingCheck.Preview preview = check("rs-mup", Samples.bytes(Samples.SERBIAN), Samples.SERBIAN);

        assertThat(preview.ok()).isTrue();
        assertThat(preview.reports()).isEqualTo(3);
        assertThat(preview.reading()).startsWith("Read as CSV in windows-1251 (detected), delimiter ';' (declared)");
        assertThat(preview.columns())
                .filteredOn(c -> c.targets().isEmpty() && !c.ignored())
                .isEmpty();
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().getFirst().values())
                .contains(new MappingCheck.Mapped("person.gender", "row 2, column 10 'Пол'", "муш", "MALE"));
        assertThat(preview.render()).endsWith("OK: the file makes 3 reports\n");
    }

    @Test
    void unmappedColumnsAndUnknownValuesAreListed() throws IOException {
        byte[] bytes = Malformed.serbian(s -> s.replace("Билал Хан;муш;", "Билал Хан;мушко;")
                .replace("Фатима Ахмади;жен;", "Фатима Ахмади;мушко;")
                .replace(";Напомена;", ";Коментар;"));

        MappingCheck.Preview preview = check("rs-mup", bytes, "x.csv");

        assertThat(preview.ok()).isFalse();
        assertThat(preview.columns())
                .filteredOn(c -> c.targets().isEmpty() && !c.ignored())
                .extracting(MappingCheck.ColumnUse::header)
                .containsExactly("Коментар");
        assertThat(preview.missing()).containsExactly("'Напомена' → report.narrative (optional)");
        assertThat(preview.unknown()).singleElement().satisfies(u -> {
            assertThat(u.where()).isEqualTo("column 10 'Пол'");
            assertThat(u.raw()).isEqualTo("мушко");
            assertThat(u.rows()).containsExactly(5, 7);
        });
        assertThat(preview.render())
                .contains("  18   'Коментар'           NOT MAPPED\n")
                .contains("column 10 'Пол': 'мушко' on rows 5, 7 — unknown value 'мушко' for person.gender")
                .endsWith("REFUSED: the ingest would store nothing of this file\n");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() throws IOException {
        MappingCheck.Preview preview = check("al-asp", "not a workbook".getBytes(), "x.xlsx");

        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("x.xlsx: the workbook cannot be opened"));
    }
}
