package org.bepart.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PublicContentTest {

    @Test
    void aChangeMakesStaleOnlyThePagesThatShowItsPart() {
        PublicContent content = new PublicContent();
        Set<PublicPart> news = Set.of(PublicPart.NEWS, PublicPart.EVENTS);
        Set<PublicPart> initiatives = Set.of(PublicPart.INITIATIVES);
        long newsBefore = content.generation(news);
        long initiativesBefore = content.generation(initiatives);
        long everything = content.generation();
        content.changed(PublicPart.EVENTS);
        assertNotEquals(newsBefore, content.generation(news));
        assertEquals(initiativesBefore, content.generation(initiatives));
        assertNotEquals(everything, content.generation());
        assertEquals(0, content.generation(Set.of()), "a page that shows no content never goes stale by a change");
    }

    @Test
    void aChangeOfEverythingMakesEveryPageStale() {
        PublicContent content = new PublicContent();
        long initiatives = content.generation(Set.of(PublicPart.INITIATIVES));
        long contests = content.generation(Set.of(PublicPart.CONTESTS));
        content.changed();
        assertNotEquals(initiatives, content.generation(Set.of(PublicPart.INITIATIVES)));
        assertNotEquals(contests, content.generation(Set.of(PublicPart.CONTESTS)));
    }

    @Test
    void aCommittedChangeOfNewsTellsTheNewsPages() {
        PublicContent content = new PublicContent();
        long before = content.generation(Set.of(PublicPart.NEWS));
        content.committed(new PublicPagesChanged(PublicPart.NEWS, 3));
        assertEquals(before + 1, content.generation(Set.of(PublicPart.NEWS)));
    }
}
