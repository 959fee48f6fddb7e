package org.bepart.widget;

import org.bepart.initiative.InitiativeCard;

import java.util.List;

/**
 * A widget's content: whose initiatives (its name in the widget's language) and the newest validated ones.
 *
 * @param more     whether there are more than those listed
 * @param pagePath where the whole list is on BePART, relative to its public address
 */
public record WidgetList(WidgetSubject subject, String key, String name, List<InitiativeCard> items, boolean more,
                         String pagePath) {

    public WidgetList {
        items = List.copyOf(items);
    }
}
