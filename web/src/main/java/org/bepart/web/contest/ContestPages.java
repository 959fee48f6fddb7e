package org.bepart.web.contest;

import org.bepart.contest.ContestDetail;
import org.bepart.contest.ContestService;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** What the public contest pages share. */
final class ContestPages {

    private ContestPages() {
    }

    /** The published contest of {@code id}, or null after answering 404. */
    static ContestDetail find(ContestService contests, String id, ReaderLanguage reader) throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such contest");
            return null;
        }
        ContestDetail contest = contests.find(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (contest == null) {
            Faces.responseSendError(404, "no such contest");
        }
        return contest;
    }
}
