package jakarta.servlet;

/**
 * Servlet 5's empty, deprecated marker interface, which Servlet 6 removed. Spark 4.1's (shaded) Jetty 11 asks
 * whether each servlet it holds is one, and Spark builds its metrics servlet even with the UI off; Fuseki's Jetty
 * 12 needs the Servlet 6 API, which is the one on the class path. Nothing here implements it. On a cluster, Spark's
 * own Servlet 5 API comes first and this class is not used.
 */
@Deprecated
public interface SingleThreadModel {
}
