package org.bepart.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.bepart.account.AccountService;
import org.bepart.shared.BusinessException;

/** /verify?token=…: confirms the address of a new account with the mailed link. */
@Named
@RequestScoped
public class VerifyPage {

    @EJB
    private AccountService accounts;

    private String token;
    private boolean verified;

    public void verify() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            accounts.verify(token);
            verified = true;
        } catch (BusinessException e) {
            verified = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
