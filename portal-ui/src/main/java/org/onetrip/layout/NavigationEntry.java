package org.onetrip.layout;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.onetrip.shared.api.Role;

/**
 * One item of the side navigation, contributed as a bean by the feature that owns the view.
 * {@code roles} empty means everyone, signed in or not.
 */
public record NavigationEntry(int order, String labelKey, Class<? extends Component> view, Set<Role> roles) {}
