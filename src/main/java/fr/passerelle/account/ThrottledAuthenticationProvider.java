package fr.passerelle.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The studio's only authentication provider (so Spring Security builds no other from the user
 * store): asks the {@link SignInThrottle} first, checks the password only when it may, and tells
 * the throttle how it went. The client address is the one Spring Security recorded for the
 * request: the peer, or the client named by a trusted proxy when forward headers are on.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(SignInThrottle throttle, StudioUserDetailsService users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        var refusal = throttle.refusal(username, address);
        if (refusal.isPresent()) {
            throw new SignInRefusedException(refusal.get().locked(), refusal.get().until());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
