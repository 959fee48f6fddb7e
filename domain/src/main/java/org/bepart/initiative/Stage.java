package org.bepart.initiative;

import org.bepart.shared.Coded;

import java.util.Optional;

/** A stage of the decision-making process, as the Code of Good Practice for Civil Participation names them. */
public enum Stage implements Coded {
    AGENDA_SETTING("agenda-setting"),
    DRAFTING("drafting"),
    DECISION("decision"),
    IMPLEMENTATION("implementation"),
    MONITORING("monitoring"),
    REFORMULATION("reformulation");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant of a URL code; empty for anything else. */
    public static Optional<Stage> fromCode(String code) {
        return Coded.find(Stage.class, code);
    }
}
