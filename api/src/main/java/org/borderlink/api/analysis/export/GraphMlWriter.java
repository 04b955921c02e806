package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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

    private static final List<String> NODE_BUILT_IN = List.of("label", "caption", "tlp", "handling");
    private static final List<String> EDGE_BUILT_IN =
            Stream.concat(Stream.of("type"), Attributes.EDGE_FACTS.stream()).toList();

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

            Map<String, Attributes.Type> nodeKeys = Attributes.declared(
                    NODE_BUILT_IN,
                    graph.nodePropertyKeys(),
                    graph.nodes(),
                    n -> n.node().properties());
            Map<String, Attributes.Type> edgeKeys =
                    Attributes.declared(EDGE_BUILT_IN, graph.edgePropertyKeys(), graph.edges(), GraphEdge::properties);
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
                for (var p : Attributes.others(n.node().properties(), nodeKeys, NODE_BUILT_IN)
                        .entrySet()) {
                    data(x, "n_" + p.getKey(), p.getValue());
                }
                x.writeEndElement();
            }
            for (GraphEdge e : graph.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "e_type", e.type().name());
                for (var f : Attributes.edgeFacts(e).entrySet()) data(x, "e_" + f.getKey(), f.getValue());
                for (var p : Attributes.others(e.properties(), edgeKeys, EDGE_BUILT_IN)
                        .entrySet()) {
                    data(x, "e_" + p.getKey(), p.getValue());
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
