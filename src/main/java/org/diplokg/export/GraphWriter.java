package org.diplokg.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link EntityGraph} in one format, as UTF-8; leaves the stream open. */
interface GraphWriter {
    void write(EntityGraph graph, OutputStream out) throws IOException;
}
