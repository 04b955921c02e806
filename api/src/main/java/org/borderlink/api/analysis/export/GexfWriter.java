package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.borderlink.graph.analysis.GraphEdge;
import org.jspecify.annotations.Nullable;

/** GEXF 1.3 (gexf.net), as Gephi reads it: typed node and edge attributes, the summary in the meta description. */
final class GexfWriter {

    private static final String NS = "http://gexf.net/1.3";

    private static final List<String> NODE_BUILT_IN = List.of("type", "tlp", "handling");

    private GexfWriter() {}

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute(
                    "http://www.w3.org/2001/XMLSchema-instance",
                    "schemaLocation",
                    NS + " http://gexf.net/1.3/gexf.xsd");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            text(x, "creator", "Borderlink");
            text(x, "description", graph.summary());
            x.writeEndElement();

            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("mode", "static");
            Map<String, Attributes.Type> nodeAttributes = Attributes.declared(
                    NODE_BUILT_IN,
                    graph.nodePropertyKeys(),
                    graph.nodes(),
                    n -> n.node().properties());
            Map<String, Attributes.Type> edgeAttributes = Attributes.declared(
                    Attributes.EDGE_FACTS, graph.edgePropertyKeys(), graph.edges(), GraphEdge::properties);
            attributes(x, "node", nodeAttributes);
            attributes(x, "edge", edgeAttributes);

            x.writeStartElement("nodes");
            for (ExportGraph.Node n : graph.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.node().id());
                x.writeAttribute("label", n.node().caption());
                x.writeStartElement("attvalues");
                value(x, "type", n.node().label().name());
                value(x, "tlp", n.tlp());
                value(x, "handling", String.join(" ", n.handling()));
                for (var p : Attributes.others(n.node().properties(), nodeAttributes, NODE_BUILT_IN)
                        .entrySet()) {
                    value(x, p.getKey(), p.getValue());
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            for (GraphEdge e : graph.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", e.id());
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                x.writeAttribute("label", e.type().name());
                x.writeStartElement("attvalues");
                for (var f : Attributes.edgeFacts(e).entrySet()) value(x, f.getKey(), f.getValue());
                for (var p : Attributes.others(e.properties(), edgeAttributes, Attributes.EDGE_FACTS)
                        .entrySet()) {
                    value(x, p.getKey(), p.getValue());
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GEXF", e);
        }
    }

    private static void attributes(XMLStreamWriter x, String forWhat, Map<String, Attributes.Type> attributes)
            throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", forWhat);
        for (var a : attributes.entrySet()) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a.getKey());
            x.writeAttribute("title", a.getKey());
            x.writeAttribute("type", a.getValue().name().toLowerCase(Locale.ROOT));
        }
        x.writeEndElement();
    }

    private static void value(XMLStreamWriter x, String key, @Nullable String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) return;
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", value);
    }

    private static void text(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
