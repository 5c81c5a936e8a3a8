package fr.passerelle.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a studio password must be, wherever one is set (first admin, new user, change of
 * password): at least {@value #MIN_LENGTH} characters, neither the user name nor containing it,
 * and not one of the common passwords of {@code common-passwords.txt} (compared without case,
 * also with digits and punctuation added at the end: "Azerty2024!" is "azerty").
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused; {@code key} is the message key of the studio's translations. */
    public enum Problem {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        CONTAINS_USERNAME("password.containsUsername"),
        COMMON("password.common"),
        UNCHANGED("password.unchanged");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Every problem of {@code password} for {@code username}; empty when it is acceptable. */
    public static List<Problem> check(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = username.trim().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && lower.contains(user)) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        if (isCommon(lower)) {
            problems.add(Problem.COMMON);
        }
        return problems;
    }

    /** Throws {@link IllegalArgumentException} naming the problems (for code paths without a screen). */
    public static void require(String username, String password) {
        List<Problem> problems = check(username, password);
        if (!problems.isEmpty()) {
            throw new WeakPasswordException(problems);
        }
    }

    private static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        // "password123!", "azerty2024": a common word with digits or punctuation appended or prepended
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        if (core.isEmpty() || COMMON.contains(core)) {
            return true;
        }
        // one character repeated ("aaaaaaaaaaaa")
        return lower.codePoints().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** A password the policy refuses, with the reasons. */
    public static final class WeakPasswordException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<Problem> problems;

        WeakPasswordException(List<Problem> problems) {
            super("the password is refused: " + problems.stream().map(PasswordPolicy::describe).toList());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    static String describe(Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "shorter than " + MIN_LENGTH + " characters";
            case TOO_LONG -> "longer than " + MAX_LENGTH + " characters";
            case CONTAINS_USERNAME -> "it contains the user name";
            case COMMON -> "it is a common password";
            case UNCHANGED -> "it is the current password";
        };
    }
}
