package org.onetrip.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type name an event class is stored under when it is not the class's own name: the class moved
 * after events of it were stored. Stored events are never rewritten (the hash chain covers their bytes),
 * so the old name is kept for events written now as well. The feature registers the class in a
 * {@link org.onetrip.shared.config.StoredTypeNames} bean.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StoredTypeName {
    String value();
}
