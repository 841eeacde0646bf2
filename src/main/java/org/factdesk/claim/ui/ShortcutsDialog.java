package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The workspace's keyboard shortcuts, opened with {@code ?} or the keyboard button. */
class ShortcutsDialog extends Dialog {

    /** The shortcuts as listed: {@code triage.key.<name>} names the keys, {@code triage.does.<name>} what they do. */
    static final List<String> SHORTCUTS = List.of("next", "previous", "accept", "dismiss", "mark", "accept-suggested",
            "undo", "open", "help");

    ShortcutsDialog() {
        setId("shortcuts-dialog");
        setHeaderTitle(getTranslation("triage.shortcuts"));
        add(new Paragraph(getTranslation("triage.shortcuts-help")));
        DescriptionList list = new DescriptionList();
        list.addClassName("fd-shortcuts");
        for (String shortcut : SHORTCUTS) {
            Span key = new Span(getTranslation("triage.key." + shortcut));
            key.addClassName("fd-key");
            list.add(new DescriptionList.Term(key),
                    new DescriptionList.Description(getTranslation("triage.does." + shortcut)));
        }
        add(list);
        Button close = new Button(getTranslation("triage.close"), click -> close());
        close.setId("shortcuts-close");
        getFooter().add(close);
    }
}
