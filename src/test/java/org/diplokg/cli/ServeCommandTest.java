package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void aHostBeyondLoopbackIsWarnedAbout() {
        assertTrue(ServeCommand.openWarning("127.0.0.1", 3030).isEmpty());
        assertTrue(ServeCommand.openWarning("localhost", 3030).isEmpty());
        String w = ServeCommand.openWarning("0.0.0.0", 3030).orElseThrow();
        assertTrue(w.contains("open to anyone") && w.contains("3030"), w);
        assertTrue(ServeCommand.openWarning("192.168.1.5", 80).isPresent());
    }
}
