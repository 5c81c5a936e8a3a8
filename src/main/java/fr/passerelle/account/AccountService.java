package fr.passerelle.account;

import fr.passerelle.store.Role;
import fr.passerelle.store.UserAccount;
import fr.passerelle.store.UserRepository;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates users with hashed passwords; nothing stores a plain password. */
@Service
public class AccountService {

    private final UserRepository users;
    private final PasswordEncoder encoder;

    AccountService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public UserAccount createUser(String username, String password, Role role, Set<Long> tenantIds) {
        if (role == Role.MERCHANT && tenantIds.size() != 1) {
            throw new IllegalArgumentException("a merchant belongs to exactly one tenant");
        }
        return users.create(username, encoder.encode(password), role, tenantIds);
    }

    public boolean exists(String username) {
        return users.exists(username);
    }
}
