package fr.passerelle.ui.po;

import com.microsoft.playwright.Page;

/** The sign-in page, driven through the login form's stable ids. */
public final class LoginPage {

    private final Page page;

    public LoginPage(Page page) {
        this.page = page;
    }

    public LoginPage open(String url) {
        page.navigate(url);
        page.locator("#login-form").waitFor();
        return this;
    }

    public void signIn(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form vaadin-button").first().click();
    }
}
