package org.bepart.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** GreenMail runs from the test deployment's start, so that no mail queued before a mail test starts is refused. */
@Singleton
@Startup
public class TestMailStart {

    @PostConstruct
    void start() {
        TestMailServer.get();
    }
}
