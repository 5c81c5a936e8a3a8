package fr.passerelle.cli;

import fr.passerelle.connector.ConnectorDescriptor;
import fr.passerelle.connector.FieldSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The credentials of {@code connector}: each secret from a flag, from an environment variable
 * ({@code --password-env VAR}) or from standard input ({@code --password-stdin}), since flags
 * show in {@code ps} and in the shell's history. The short names ({@code --key}, {@code --secret},
 * {@code --token}) reach each connector under the name it declares ({@code consumerKey} for
 * WooCommerce, {@code accessToken} for Shopify), so one set of flags serves every system.
 */
final class CredentialOptions {

    /** A generic flag's name and the connector-specific names it stands for. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "key", List.of("consumerKey"),
            "secret", List.of("consumerSecret"),
            "token", List.of("accessToken"));

    @Option(names = "--user", description = "User name (ERP).")
    @Nullable String user;

    @Option(names = "--password", arity = "0..1", interactive = true,
            description = "Password (ERP); alone, asks for it. A value shows in 'ps': prefer --password-env or --password-stdin.")
    @Nullable String password;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
    @Nullable String passwordEnv;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = {"--token", "--access-token"},
            description = "Access token (Shopify's Admin API token shpat_..., or a ready ERP token).")
    @Nullable String token;

    @Option(names = "--token-env", paramLabel = "VAR", description = "Read the token from this environment variable.")
    @Nullable String tokenEnv;

    @Option(names = "--token-stdin", description = "Read the token from the first line of standard input.")
    boolean tokenStdin;

    @Option(names = {"--key", "--consumer-key"},
            description = "API key (WooCommerce consumer key ck_..., PrestaShop webservice key, EBP subscription key).")
    @Nullable String key;

    @Option(names = "--key-env", paramLabel = "VAR", description = "Read the key from this environment variable.")
    @Nullable String keyEnv;

    @Option(names = "--key-stdin", description = "Read the key from the first line of standard input.")
    boolean keyStdin;

    @Option(names = {"--secret", "--consumer-secret"}, description = "API secret (WooCommerce consumer secret cs_...).")
    @Nullable String secret;

    @Option(names = "--secret-env", paramLabel = "VAR", description = "Read the secret from this environment variable.")
    @Nullable String secretEnv;

    @Option(names = "--secret-stdin", description = "Read the secret from the first line of standard input.")
    boolean secretStdin;

    @Option(names = "--tenant", description = "ERP tenant (company) to sign in to.")
    @Nullable String tenant;

    @Option(names = "--credential", paramLabel = "NAME=VALUE", description = "Any other credential, by the connector's name.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Option(names = "--credential-env", paramLabel = "NAME=VAR",
            description = "Any other credential, read from the environment variable VAR.")
    Map<String, String> credentialsFromEnv = new LinkedHashMap<>();

    /**
     * The credentials under the names the connector reads.
     *
     * @throws IllegalArgumentException on a secret given twice, an unset variable or empty input
     */
    Map<String, String> resolve(ConnectorDescriptor connector, Function<String, @Nullable String> environment,
            InputStream stdin) {
        long fromStdin = List.of(passwordStdin, tokenStdin, keyStdin, secretStdin).stream().filter(b -> b).count();
        if (fromStdin > 1) {
            throw new IllegalArgumentException("only one secret can come from standard input");
        }
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "user", user);
        put(values, "tenant", tenant);
        put(values, "password", secretValue("password", password, passwordEnv, passwordStdin, environment, stdin));
        put(values, "token", secretValue("token", token, tokenEnv, tokenStdin, environment, stdin));
        put(values, "key", secretValue("key", key, keyEnv, keyStdin, environment, stdin));
        put(values, "secret", secretValue("secret", secret, secretEnv, secretStdin, environment, stdin));
        values.putAll(credentials);
        credentialsFromEnv.forEach((name, variable) -> values.put(name, fromEnvironment("--credential-env " + name,
                variable, environment)));
        return connectorNames(values, connector);
    }

    private static Map<String, String> connectorNames(Map<String, String> values, ConnectorDescriptor connector) {
        Set<String> declared = connector.settings().stream().map(FieldSchema::name).collect(Collectors.toSet());
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String target = name;
            if (!declared.contains(name)) {
                target = ALIASES.getOrDefault(name, List.of()).stream().filter(declared::contains).findFirst().orElse(name);
            }
            named.putIfAbsent(target, value);
        });
        return named;
    }

    private static @Nullable String secretValue(String name, @Nullable String flag, @Nullable String variable,
            boolean fromStdin, Function<String, @Nullable String> environment, InputStream stdin) {
        int given = (flag != null ? 1 : 0) + (variable != null ? 1 : 0) + (fromStdin ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("give the " + name + " once: --" + name + ", --" + name + "-env or --"
                    + name + "-stdin");
        }
        if (variable != null) {
            return fromEnvironment("--" + name + "-env", variable, environment);
        }
        if (fromStdin) {
            return firstLine(name, stdin);
        }
        return flag;
    }

    private static String fromEnvironment(String option, String variable, Function<String, @Nullable String> environment) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(option + ": the environment variable " + variable + " is not set");
        }
        return value;
    }

    private static String firstLine(String name, InputStream stdin) {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--" + name + "-stdin: standard input is empty");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("--" + name + "-stdin: cannot read standard input: " + e.getMessage());
        }
    }

    private static void put(Map<String, String> map, String name, @Nullable String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
