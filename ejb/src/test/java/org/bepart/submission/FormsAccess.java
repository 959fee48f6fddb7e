package org.bepart.submission;

import org.bepart.partner.PerspectiveForm;

/** The test forms for tests of other packages. */
public final class FormsAccess {

    private FormsAccess() {
    }

    public static Basics basics(String title) {
        return Forms.basics(title);
    }

    public static Place place() {
        return Forms.place();
    }

    public static Process process() {
        return Forms.process();
    }

    public static Results results() {
        return Forms.results();
    }

    public static PerspectiveForm perspective(String role) {
        return Forms.perspective(role);
    }
}
