package org.previrt.validate;

import java.util.List;

/** Every problem found in one run over the input; nothing has been written when this is thrown. */
public class InvalidInputException extends Exception {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
