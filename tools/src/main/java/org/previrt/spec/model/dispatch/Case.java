package org.previrt.spec.model.dispatch;

import java.util.List;

import org.previrt.spec.model.Form;

/** When all conditions hold, the instruction is a site of {@code form}. */
public record Case(List<Condition> conditions, Form form, boolean complete) {
    public List<Condition> getConditions() {
        return conditions;
    }

    public Form getForm() {
        return form;
    }

    int specificity() {
        int s = 0;
        for (Condition c : conditions) {
            s += c.test() == Condition.Test.CLASS || c.test() == Condition.Test.STAR ? 4 : 1;
        }
        return s + (complete ? 0 : -1);
    }
}
