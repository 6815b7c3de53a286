package org.diplokg.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates a graph against the bundled SHACL shapes. */
public final class ShaclCheck {
    private final Shapes shapes;

    public ShaclCheck() {
        this.shapes = Shapes.parse(Ontology.shapes().getGraph());
    }

    /** Violations as one short line each (focus node, path, message). */
    public List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        return out;
    }
}
