package org.borderlink.api.formats;

import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.ingest.ftm.FtmExporter;
import org.borderlink.ingest.ftm.FtmReader;
import org.borderlink.ingest.htcds.HtcdsExporter;
import org.borderlink.ingest.htcds.HtcdsReader;
import org.borderlink.ingest.htcds.HtcdsStandard;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.tabular.TabularReader;
import org.borderlink.ingest.tabular.Values;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readers and exporters of the exchange formats, shared by the REST endpoints, the drop folder and the command
 * line. The readers check each report as the pipeline will, to name problems by row and column; the pipeline
 * checks again and is the only one that writes.
 */
@Configuration(proxyBeanMethods = false)
public class FormatsConfiguration {

    @Bean
    Values tabularValues() {
        return Values.standard();
    }

    @Bean
    ReportCheck formatReportCheck(ReportReader reader) {
        return ReportCheck.standard(new ReportValidator(reader.limits()));
    }

    @Bean
    public Mappings mappings(Values values, BorderlinkProperties properties) {
        return new Mappings(values, properties.ingest().mappingDir());
    }

    @Bean
    public TabularReader tabularReader(Values values, ReportCheck check) {
        return new TabularReader(values, check);
    }

    @Bean
    public HtcdsReader htcdsReader(ReportCheck check) {
        return new HtcdsReader(HtcdsStandard.bundled(), new DateNormaliser(), check);
    }

    @Bean
    public FtmReader ftmReader(ReportCheck check) {
        return new FtmReader(check);
    }

    @Bean
    HtcdsExporter htcdsExporter(Driver driver) {
        return new HtcdsExporter(driver);
    }

    @Bean
    FtmExporter ftmExporter(Driver driver) {
        return new FtmExporter(driver);
    }
}
