package org.borderlink.api.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.borderlink.api.analysis.HandBuiltGraph;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports of a hand-built neighbourhood: a fact of Serbia's own marked H2 (kept: the owner may pass it on), a fact of
 * Bosnia's marked H2 (left out, with the person only it reaches), one of Bosnia's marked H1 (kept) and one Serbia
 * cannot see at all.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "XP-");
        g.report("OWN", "RS-MUP", "SOM", "AMBER+STRICT", "H2", "2024-03-01")
                .report("BA-H2", "BA-GP", "SOM", "GREEN", "H2", "2024-03-02")
                .report("BA-H1", "BA-GP", "SOM", "GREEN", "H1", "2024-03-03")
                .report("HIDDEN", "ME-UP", "SOM", "RED", "H0", "2024-03-04")
                .mention("OWN", "S", "ORGANISER", Map.of("nameLatin", "Seed, \"The Boss\""))
                .mention("BA-H2", "X", "DRIVER", Map.of("nameLatin", "Only Under H2"))
                .mention("BA-H1", "Y", "DRIVER", Map.of("nameLatin", "Yovan"))
                .node(NodeLabel.Phone, "P1", Map.of("e164", "+38164000123"))
                .node(NodeLabel.Phone, "PH", Map.of("e164", "+38269000999"))
                .fact(RelType.USES, "S", "P1", "OWN")
                .fact(RelType.CONTACTED, "S", "X", "BA-H2")
                .fact(RelType.CONTACTED, "S", "Y", "BA-H1", Map.of("date", java.time.LocalDate.parse("2024-03-03")))
                .fact(RelType.USES, "S", "PH", "HIDDEN");
        g.write();
    }

    private record File(int status, byte[] body, HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private File export(String user, String format) {
        return TestUsers.client(port, user)
                .post()
                .uri(URI.create("/api/v1/export/" + format))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("seeds", List.of(g.id("S")), "hops", 1))
                .exchange((req, res) ->
                        new File(res.getStatusCode().value(), res.getBody().readAllBytes(), res.getHeaders()));
    }

    private static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    @Test
    void graphMlHoldsWhatMayBePassedOnWithEveryFactsMarking() throws Exception {
        File f = export(TestUsers.RS_INVESTIGATOR, "graphml");

        assertThat(f.status()).as(f.text()).isEqualTo(200);
        assertThat(f.headers().getContentType().toString()).isEqualTo("application/graphml+xml");
        assertThat(f.headers().getFirst(ExportController.EXCLUDED_HEADER)).isEqualTo("1");
        assertThat(f.headers().getFirst(ExportController.TLP_HEADER)).isEqualTo("AMBER+STRICT");
        assertThat(f.headers().getContentDisposition().getFilename()).isEqualTo("borderlink-graphml.graphml");
        Document doc = xml(f.body());
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        NodeList edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        assertThat(nodes.getLength()).isEqualTo(4); // S, its report, P1, Y
        assertThat(edges.getLength()).isEqualTo(3);
        for (int i = 0; i < edges.getLength(); i++) {
            Map<String, String> data = data((Element) edges.item(i));
            assertThat(data).containsKeys("e_tlp", "e_handling", "e_reportId", "e_agency");
        }
        assertThat(f.text()).doesNotContain(g.id("X"), "Only Under H2", g.id("PH"), "+38269000999");
        assertThat(f.text()).contains("The Boss", "1 fact(s) of other agencies marked H2");
    }

    @Test
    void theOwnersH2FactsAreTheirsToPassOn() throws Exception {
        File f = export(TestUsers.BA_INVESTIGATOR, "graphml");

        assertThat(f.status()).isEqualTo(200);
        assertThat(f.text()).contains(g.id("X"));
        assertThat(f.headers().getFirst(ExportController.EXCLUDED_HEADER)).isEqualTo("0");
    }

    @Test
    void gexfForGephi() throws Exception {
        File f = export(TestUsers.RS_INVESTIGATOR, "gexf");

        assertThat(f.status()).isEqualTo(200);
        Document doc = xml(f.body());
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(doc.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength())
                .isEqualTo(4);
        NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertThat(edges.getLength()).isEqualTo(3);
        for (int i = 0; i < edges.getLength(); i++) {
            NodeList values = ((Element) edges.item(i)).getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
            List<String> fors = new java.util.ArrayList<>();
            for (int j = 0; j < values.getLength(); j++) fors.add(((Element) values.item(j)).getAttribute("for"));
            assertThat(fors).contains("tlp", "handling");
        }
    }

    @Test
    void csvZipOfNodesEdgesAndManifest() throws IOException {
        File f = export(TestUsers.RS_INVESTIGATOR, "csv");

        assertThat(f.status()).isEqualTo(200);
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(f.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys("nodes.csv", "edges.csv", "manifest.txt");
        List<String> edges = entries.get("edges.csv").lines().toList();
        assertThat(edges.getFirst()).startsWith("id,source,target,type,reportId,agency,tlp,handling,grading");
        assertThat(edges).hasSize(4);
        assertThat(entries.get("nodes.csv")).contains("\"Seed, \"\"The Boss\"\"\"");
        assertThat(entries.get("manifest.txt")).contains("TLP:AMBER+STRICT", "\"excludedFacts\":1");
    }

    @Test
    void i2ImportCsvOneRowPerLink() {
        File f = export(TestUsers.RS_INVESTIGATOR, "i2");

        assertThat(f.status()).isEqualTo(200);
        String text = f.text();
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo(String.join(",", I2Writer.HEADER));
        assertThat(lines).hasSize(4);
        String contacted = lines.stream()
                .filter(l -> l.contains(",CONTACTED,"))
                .findFirst()
                .orElseThrow();
        assertThat(contacted).contains(g.id("Y"), "2024-03-03", "GREEN", "H1", g.id("BA-H1"), ",B,2,");
    }

    @Test
    void anUnknownFormatIsNamed() {
        File f = export(TestUsers.RS_INVESTIGATOR, "pdf");

        assertThat(f.status()).isEqualTo(400);
        assertThat(f.text()).contains("\"parameter\":\"format\"");
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList data = e.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }
}
