package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * A service's refusal of a request that breaks a business rule, with a translation key for the user and, when the
 * refusal concerns one input, that input's name so the UI can show the message next to it.
 */
public class RefusedException extends RuntimeException {

    private final @Nullable String field;
    private final String key;
    private final Object[] params;

    public RefusedException(@Nullable String field, String key, Object... params) {
        super(key);
        this.field = field;
        this.key = key;
        this.params = params.clone();
    }

    public @Nullable String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }
}
