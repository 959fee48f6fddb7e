package org.bepart.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.bepart.shared.EmailAddressValidator;

/**
 * {@code <f:validator validatorId="bepart.emailAddress"/>}: an e-mail address, checked length first in linear time
 * (never a backtracking pattern). The message shown is the input's {@code validatorMessage}.
 */
@FacesValidator("bepart.emailAddress")
public class EmailAddressInput implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !value.toString().isEmpty() && !EmailAddressValidator.isValid(value.toString())) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "", ""));
        }
    }
}
