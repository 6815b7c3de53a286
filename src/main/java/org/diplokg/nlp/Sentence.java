package org.diplokg.nlp;

import java.util.List;

/**
 * One sentence: its tokens and, when the pipeline parses, its enhanced++ dependencies.
 *
 * @param index  position in the document, from 0
 * @param begin  character offset of the sentence start in the document text
 * @param end    character offset after the sentence end
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
