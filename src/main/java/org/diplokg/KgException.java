package org.diplokg;

/**
 * Root of DiploKG's unchecked exception tree. A message names what failed, on which input, why, and what to do.
 */
public class KgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KgException(String message) {
        super(message);
    }

    public KgException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A usage or configuration error: the CLI exits with code 2 and prints no stack trace. */
    public static class ConfigException extends KgException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }

    /** One input document cannot be used; the rest of a batch goes on. */
    public static class InputException extends KgException {
        private static final long serialVersionUID = 1L;
        private final String input;

        public InputException(String input, String reason) {
            super(input + ": " + reason);
            this.input = input;
        }

        public String input() {
            return input;
        }
    }

    /** The store is held by another process. */
    public static class StoreLockedException extends KgException {
        private static final long serialVersionUID = 1L;

        public StoreLockedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
