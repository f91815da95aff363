package org.guidancedesk.ui;

import org.guidancedesk.domain.AgendaItem;

/** Opens a section and, when {@code item} is given, selects and shows that item in it. */
@FunctionalInterface
public interface Navigator {
    void open(SectionId section, AgendaItem.Ref item);
}
