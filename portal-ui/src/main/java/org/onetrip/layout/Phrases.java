package org.onetrip.layout;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Names, lists and labels put together with the reader's language's punctuation: Chinese writes 孙红（民政所）,
 * 甲、乙 and 走访对象：张三; English writes Sun Hong (Civil Affairs), A, B and Visited: Zhang San.
 */
public final class Phrases {

    private Phrases() {}

    /** A name with what tells it apart, such as a person's department or a grid's code. */
    public static String qualified(Component reader, String name, String qualifier) {
        return reader.getTranslation("text.qualified", name, qualifier);
    }

    public static String labelled(Component reader, String label, String value) {
        return reader.getTranslation("text.labelled", label, value);
    }

    public static String listed(Component reader, Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(reader.getTranslation("list.separator")));
    }
}
