package org.diplokg.export;

import org.diplokg.KgException.ConfigException;

/** An IRI given as a focus is not an entity of the store: exit code 2 on the command line, 404 over HTTP. */
public final class UnknownEntityException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final String iri;

    public UnknownEntityException(String iri) {
        super("no entity <" + iri + "> in the store; give the IRI of an organization, country, place, person,"
                + " agreement, event or event series (documents are not graph nodes)");
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }
}
