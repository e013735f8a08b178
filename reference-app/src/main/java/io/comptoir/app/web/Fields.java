package io.comptoir.app.web;

/**
 * What the fields of a form show: the value of each (what was typed when a submission was refused, else the saved
 * value) and the problem of the fields at fault. The one model of the form-field partials ({@code web/field/}), whatever
 * the page: a shopper's form ({@link FormState}), a back-office page ({@code BackOfficeFrame}), a form with its values.
 */
public interface Fields {

    /** The field's value, or an empty text. */
    String value(String name);

    /** What is wrong with the field, or null when nothing is. */
    String problem(String name);

    /** Whether a checkbox is ticked. */
    default boolean checked(String name) {
        String value = value(name);
        return !value.isEmpty() && !value.equals("false");
    }
}
