package fr.passerelle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.account.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

/** The password policy (issue 17, point 2): length, not the user name, not a common password. */
class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPasswordWithoutTheUserName() {
        assertThat(PasswordPolicy.check("admin", "Quai-des-Brumes-1938")).isEmpty();
        assertThat(PasswordPolicy.check("durand", "tr0mbone velours marée")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.check("admin", "Xk9#mP2q")).containsExactly(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("admin", "x".repeat(129))).contains(Problem.TOO_LONG);
    }

    @Test
    void refusesTheUserNameOrAPasswordContainingIt() {
        assertThat(PasswordPolicy.check("jean.dupont", "jean.dupont")).contains(Problem.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.check("admin", "Admin-it-password")).contains(Problem.CONTAINS_USERNAME);
    }

    @Test
    void refusesCommonPasswordsAlsoWithDigitsOrPunctuationAdded() {
        assertThat(PasswordPolicy.check("durand", "motdepasse123")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("durand", "Azerty2024!!!")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("durand", "PASSWORD1234")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("durand", "123456789012")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("durand", "aaaaaaaaaaaaaa")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("durand", "qwertyuiop12")).contains(Problem.COMMON);
    }

    @Test
    void requireNamesEveryProblem() {
        assertThatThrownBy(() -> PasswordPolicy.require("admin", "admin"))
                .isInstanceOf(PasswordPolicy.WeakPasswordException.class)
                .hasMessageContaining("shorter than 12").hasMessageContaining("user name")
                .hasMessageContaining("common");
    }

    @Test
    void theGeneratedFirstPasswordPassesThePolicy() {
        for (int i = 0; i < 200; i++) {
            String generated = AdminBootstrap.generatePassword();
            assertThat(generated).hasSize(20);
            assertThat(PasswordPolicy.check("admin", generated)).isEmpty();
        }
    }
}
