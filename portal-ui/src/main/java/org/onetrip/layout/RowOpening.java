package org.onetrip.layout;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A list whose rows a click opens opens them from the keyboard too: Enter or Space on the row the keyboard is on
 * (the grid has no such key of its own). A key pressed on a button inside a row stays that button's.
 */
public final class RowOpening {

    private RowOpening() {}

    public static <T> void byClickOrKey(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        var focused = new AtomicReference<T>();
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        grid.getElement()
                .addEventListener("keydown", key -> {
                    var row = focused.get();
                    if (row != null) {
                        open.accept(row);
                    }
                })
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget");
    }
}
