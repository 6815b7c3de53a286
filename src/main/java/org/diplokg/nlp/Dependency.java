package org.diplokg.nlp;

/** A typed dependency between two tokens of a sentence (indices from 0; the root's governor is -1). */
public record Dependency(int governor, int dependent, String relation) {
}
