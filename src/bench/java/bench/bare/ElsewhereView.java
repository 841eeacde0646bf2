package bench.bare;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A second page, so that a browser benchmark can move from it to the list inside the running page, as a menu does. */
@Route("elsewhere")
@PermitAll
public class ElsewhereView extends VerticalLayout {

    public ElsewhereView() {
        add(new Paragraph("Elsewhere"));
    }
}
