package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.diplokg.export.EntityGraph.Edge;
import org.diplokg.export.EntityGraph.Node;
import org.diplokg.export.GraphAttributes.Attribute;

/**
 * GEXF 1.3 ({@code http://gexf.net/1.3}) in dynamic mode, written with StAX: JGraphT's exporter writes GEXF
 * 1.2draft without time, and Gephi's timeline needs {@code start}/{@code end}.
 *
 * <p>Time: an event lasts from its date to its end date (or to the end of its date's day, month or year); an
 * agreement exists from its date on; entities without a date exist throughout. An edge exists while both its ends
 * do. Dates are days ({@code timeformat="date"}): a month or a year starts on its first day.
 */
final class GexfWriter implements GraphWriter {
    static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private record Interval(Optional<LocalDate> start, Optional<LocalDate> end) {
        static final Interval ALWAYS = new Interval(Optional.empty(), Optional.empty());

        /** Both intervals at once; an empty overlap (inconsistent dates) keeps the later start only. */
        Interval and(Interval other) {
            Optional<LocalDate> s = later(start, other.start);
            Optional<LocalDate> e = earlier(end, other.end);
            if (s.isPresent() && e.isPresent() && e.get().isBefore(s.get())) {
                e = Optional.empty();
            }
            return new Interval(s, e);
        }

        private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }

        private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
        }
    }

    @Override
    public void write(EntityGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "gexf");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
            x.writeAttribute("version", "1.3");
            indent(x, 1);
            x.writeStartElement(NAMESPACE, "meta");
            element(x, "creator", "DiploKG");
            element(x, "description", "Entities and relations extracted from diplomatic and policy documents");
            indent(x, 1);
            x.writeEndElement();
            indent(x, 1);
            x.writeStartElement(NAMESPACE, "graph");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("timeformat", "date");
            x.writeAttribute("timerepresentation", "interval");
            declare(x, "node", GraphAttributes.NODE, "n");
            declare(x, "edge", GraphAttributes.EDGE, "e");
            nodes(x, graph);
            edges(x, graph);
            indent(x, 1);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static <T> void declare(XMLStreamWriter x, String cls, List<Attribute<T>> attributes, String prefix)
            throws XMLStreamException {
        indent(x, 2);
        x.writeStartElement(NAMESPACE, "attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (int i = 0; i < attributes.size(); i++) {
            Attribute<T> a = attributes.get(i);
            if (a.name().equals("label")) {
                continue;
            }
            indent(x, 3);
            x.writeEmptyElement(NAMESPACE, "attribute");
            x.writeAttribute("id", prefix + i);
            x.writeAttribute("title", a.name());
            x.writeAttribute("type", switch (a.type()) {
                case INT -> "integer";
                case DOUBLE -> "double";
                case STRING, STRING_LIST -> "string";
            });
        }
        indent(x, 2);
        x.writeEndElement();
    }

    private static void nodes(XMLStreamWriter x, EntityGraph graph) throws XMLStreamException {
        indent(x, 2);
        x.writeStartElement(NAMESPACE, "nodes");
        x.writeAttribute("count", Integer.toString(graph.nodes().size()));
        for (Node n : graph.nodes()) {
            indent(x, 3);
            x.writeStartElement(NAMESPACE, "node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", n.label());
            time(x, interval(n));
            values(x, GraphAttributes.NODE, graph, n, "n");
            x.writeEndElement();
        }
        indent(x, 2);
        x.writeEndElement();
    }

    private static void edges(XMLStreamWriter x, EntityGraph graph) throws XMLStreamException {
        indent(x, 2);
        x.writeStartElement(NAMESPACE, "edges");
        x.writeAttribute("count", Integer.toString(graph.edges().size()));
        for (Edge e : graph.edges()) {
            indent(x, 3);
            x.writeStartElement(NAMESPACE, "edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("label", e.label());
            x.writeAttribute("kind", e.relation());
            x.writeAttribute("weight", Integer.toString(Math.max(1, e.evidence())));
            Node source = graph.node(e.source()).orElseThrow();
            Node target = graph.node(e.target()).orElseThrow();
            time(x, interval(source).and(interval(target)));
            values(x, GraphAttributes.EDGE, graph, e, "e");
            x.writeEndElement();
        }
        indent(x, 2);
        x.writeEndElement();
    }

    private static <T> void values(XMLStreamWriter x, List<Attribute<T>> attributes, EntityGraph graph, T item,
                                   String prefix) throws XMLStreamException {
        x.writeStartElement(NAMESPACE, "attvalues");
        for (int i = 0; i < attributes.size(); i++) {
            Attribute<T> a = attributes.get(i);
            Object v = a.of(graph, item);
            if (!a.name().equals("label") && v != null) {
                x.writeEmptyElement(NAMESPACE, "attvalue");
                x.writeAttribute("for", prefix + i);
                x.writeAttribute("value", GraphAttributes.text(v));
            }
        }
        x.writeEndElement();
    }

    private static Interval interval(Node n) {
        if (n.date().isEmpty()) {
            return Interval.ALWAYS;
        }
        Optional<LocalDate> start = GraphDates.start(n.date());
        if (!n.className().equals("Event")) {
            return new Interval(start, Optional.empty());
        }
        Optional<LocalDate> end = GraphDates.end(n.endDate().isEmpty() ? n.date() : n.endDate());
        return new Interval(start, Optional.empty()).and(new Interval(Optional.empty(), end));
    }

    private static void time(XMLStreamWriter x, Interval t) throws XMLStreamException {
        if (t.start().isPresent()) {
            x.writeAttribute("start", t.start().get().toString());
        }
        if (t.end().isPresent()) {
            x.writeAttribute("end", t.end().get().toString());
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        indent(x, 2);
        x.writeStartElement(NAMESPACE, name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void indent(XMLStreamWriter x, int level) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(level));
    }
}
