package org.previrt.util;

import java.util.ArrayList;
import java.util.List;

import org.previrt.util.PrevirtException;

/** Every problem found in one run over the input (exit 2); nothing has been written when this is thrown. */
public class InvalidInputException extends PrevirtException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(BAD_INPUT, problems.size() + " problem(s) in the input");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One {@code file:line: message} per problem, then a count. */
    @Override
    public List<String> lines(String command) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(p.toString());
        }
        out.add("previrt " + command + ": " + problems.size() + " problem(s); nothing written");
        return out;
    }
}
