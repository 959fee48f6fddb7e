package org.bepart.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.bepart.shared.WebAddressValidator;

/**
 * {@code <f:validator validatorId="bepart.webAddress"/>}: an http or https address with a host, at most
 * {@link #MAX} characters, checked before it is parsed. The message shown is the input's {@code validatorMessage}.
 */
@FacesValidator("bepart.webAddress")
public class WebAddressInput implements Validator<Object> {

    /** The longest web address a form takes (links, websites). */
    public static final int MAX = 1000;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isEmpty() && !WebAddressValidator.isValid(value.toString(), MAX)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "", ""));
        }
    }
}
