package org.bepart.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Null, blank, or an absolute http or https address with a host, at most {@link #max()} characters
 * ({@link WebAddressValidator#isValid(String, int)}): the length is checked before the address is parsed.
 */
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    /** The longest address accepted. */
    int max();

    String message() default "not an http(s) address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
