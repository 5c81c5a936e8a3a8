package fr.passerelle.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by the throttle before its password was checked: the account or the
 * address waits out a growing delay ({@link #locked()} false) or is locked until {@link #until()}.
 * A {@link LockedException}, so Spring Security tries no other provider.
 */
public final class SignInRefusedException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final boolean locked;
    private final Instant until;

    SignInRefusedException(boolean locked, Instant until) {
        super(locked ? "sign-in locked until " + until : "too many attempts: wait until " + until);
        this.locked = locked;
        this.until = until;
    }

    public boolean locked() {
        return locked;
    }

    public Instant until() {
        return until;
    }
}
