package org.diplokg.spark;

import org.diplokg.extract.Gazetteer;
import org.diplokg.nlp.NlpConfig;
import org.diplokg.nlp.NlpPipeline;
import org.diplokg.pipeline.Processor;

/**
 * The one processor of an executor JVM: the CoreNLP models and the gazetteer are loaded by the first task that
 * needs them, never serialized from the driver, and shared by all the task threads of the JVM (the processor is
 * safe for concurrent documents, as in {@code build}).
 */
final class ExecutorPipeline {
    private static Processor processor;
    private static NlpConfig loaded;

    private ExecutorPipeline() {
    }

    static synchronized Processor get(NlpConfig config) {
        if (processor == null) {
            processor = new Processor(NlpPipeline.create(config), Gazetteer.load());
            loaded = config;
        } else if (!loaded.equals(config)) {
            throw new IllegalStateException("this JVM's pipeline was loaded with " + loaded + ", not " + config);
        }
        return processor;
    }
}
