package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderlink.graph.analysis.GraphEdge;
import org.jspecify.annotations.Nullable;

/**
 * GraphML (graphml.graphdrawing.org): one {@code <key>} per attribute, typed; nodes carry label, caption, TLP and
 * handling codes; edges carry type, report, agency, TLP, handling code, grading, case type and period.
 */
final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute(
                    "http://www.w3.org/2001/XMLSchema-instance",
                    "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            element(x, "desc", graph.summary());

            Map<String, Attributes.Type> nodeKeys = new LinkedHashMap<>();
            nodeKeys.put("label", Attributes.Type.STRING);
            nodeKeys.put("caption", Attributes.Type.STRING);
            nodeKeys.put("tlp", Attributes.Type.STRING);
            nodeKeys.put("handling", Attributes.Type.STRING);
            Attributes.infer(
                            graph.nodePropertyKeys(),
                            graph.nodes(),
                            n -> n.node().properties())
                    .forEach(nodeKeys::putIfAbsent);
            Map<String, Attributes.Type> edgeKeys = new LinkedHashMap<>();
            for (String k : new String[] {
                "type", "reportId", "agency", "tlp", "handling", "grading", "caseType", "firstSeen", "lastSeen"
            }) {
                edgeKeys.put(k, Attributes.Type.STRING);
            }
            Attributes.infer(graph.edgePropertyKeys(), graph.edges(), GraphEdge::properties)
                    .forEach(edgeKeys::putIfAbsent);
            keys(x, "node", "n_", nodeKeys);
            keys(x, "edge", "e_", edgeKeys);

            x.writeStartElement("graph");
            x.writeAttribute("id", "borderlink");
            x.writeAttribute("edgedefault", "directed");
            for (ExportGraph.Node n : graph.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.node().id());
                data(x, "n_label", n.node().label().name());
                data(x, "n_caption", n.node().caption());
                data(x, "n_tlp", n.tlp());
                data(x, "n_handling", String.join(" ", n.handling()));
                for (var p : n.node().properties().entrySet()) {
                    if (!nodeKeys.containsKey(p.getKey())
                            || isBuiltIn(p.getKey(), "label", "caption", "tlp", "handling")) {
                        continue;
                    }
                    data(x, "n_" + p.getKey(), ExportGraph.text(p.getValue()));
                }
                x.writeEndElement();
            }
            for (GraphEdge e : graph.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "e_type", e.type().name());
                data(x, "e_reportId", e.reportId());
                data(x, "e_agency", e.agency());
                data(x, "e_tlp", e.tlp());
                data(x, "e_handling", e.handling());
                data(x, "e_grading", e.grading());
                data(x, "e_caseType", e.caseType());
                data(x, "e_firstSeen", e.firstSeen());
                data(x, "e_lastSeen", e.lastSeen());
                for (var p : e.properties().entrySet()) {
                    if (isBuiltIn(
                            p.getKey(),
                            "type",
                            "reportId",
                            "agency",
                            "tlp",
                            "handling",
                            "grading",
                            "caseType",
                            "firstSeen",
                            "lastSeen")) {
                        continue;
                    }
                    data(x, "e_" + p.getKey(), ExportGraph.text(p.getValue()));
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GraphML", e);
        }
    }

    private static boolean isBuiltIn(String key, String... builtIn) {
        for (String b : builtIn) {
            if (b.equals(key)) return true;
        }
        return false;
    }

    private static void keys(XMLStreamWriter x, String forWhat, String prefix, Map<String, Attributes.Type> keys)
            throws XMLStreamException {
        for (var k : keys.entrySet()) {
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + k.getKey());
            x.writeAttribute("for", forWhat);
            x.writeAttribute("attr.name", k.getKey());
            x.writeAttribute("attr.type", k.getValue().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void data(XMLStreamWriter x, String key, @Nullable String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) return;
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
