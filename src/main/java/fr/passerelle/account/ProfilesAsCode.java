package fr.passerelle.account;

import fr.passerelle.flow.FlowCatalog;
import fr.passerelle.store.MappingRepository;
import fr.passerelle.store.ProfileRepository;
import fr.passerelle.store.ShopProfile;
import fr.passerelle.store.TenantRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Profiles as code (MAP-5): a client's profiles, flow switches, settings and published mapping
 * documents written to and read from a folder of YAML files, so a configuration moves from a test
 * client to production and lives in git. Secrets never leave the database: the export names, for
 * each one, the environment variable the import reads it from.
 *
 * <pre>
 * DIR/client.yaml                      tenant: NAME
 * DIR/&lt;profile&gt;/profile.yaml           name, erp {type, url, credentials}, shop {...}, settings
 * DIR/&lt;profile&gt;/&lt;flow&gt;.yaml             the published mapping document of that flow
 * </pre>
 */
@org.springframework.stereotype.Service
public class ProfilesAsCode {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|key).*");

    private final TenantRepository tenants;
    private final ProfileRepository profiles;
    private final MappingRepository mappings;
    private final ProfileSetup setup;

    public ProfilesAsCode(TenantRepository tenants, ProfileRepository profiles, MappingRepository mappings,
            ProfileSetup setup) {
        this.tenants = tenants;
        this.profiles = profiles;
        this.mappings = mappings;
        this.setup = setup;
    }

    /** For the command line, which has no Spring context of the account services and acts for no signed-in user. */
    public static ProfilesAsCode headless(TenantRepository tenants, ProfileRepository profiles, MappingRepository mappings,
            fr.passerelle.store.UserRepository users) {
        StudioAccess access = new StudioAccess(new ProfileCatalog(profiles, users), profiles);
        return new ProfilesAsCode(tenants, profiles, mappings, new ProfileSetup(access, profiles, mappings));
    }

    /** What an export wrote: the profiles and the documents. */
    public record Exported(int profiles, int documents, List<String> environment) {
    }

    /** Writes every profile of the client under {@code dir}; returns the environment variables an import needs. */
    public Exported export(String tenantName, Path dir) {
        var tenant = tenants.findByName(tenantName)
                .orElseThrow(() -> new IllegalArgumentException("no client named '" + tenantName + "'"));
        int documents = 0;
        List<String> environment = new ArrayList<>();
        List<ShopProfile> all = profiles.findByTenant(tenant.id());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("client.yaml"), dump(Map.of("tenant", tenant.name())));
            for (ShopProfile p : all) {
                String slug = slug(p.name());
                Path folder = dir.resolve(slug);
                Files.createDirectories(folder);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("name", p.name());
                doc.put("erp", side(p.erpType(), p.erpBaseUrl(), p.erpCredentials(), slug + "_ERP", environment));
                doc.put("shop", side(p.shopType(), p.baseUrl(), p.credentials(), slug + "_SHOP", environment));
                doc.put("settings", new TreeMap<>(p.settings()));
                Files.writeString(folder.resolve("profile.yaml"), "# Passerelle profile (secrets from the environment variables named)\n"
                        + dump(doc));
                for (var flow : FlowCatalog.all()) {
                    var published = mappings.published(p.id(), flow.id());
                    if (published.isPresent()) {
                        Files.writeString(folder.resolve(flow.id() + ".yaml"), published.get().yaml());
                        documents++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Exported(all.size(), documents, List.copyOf(environment));
    }

    private static Map<String, Object> side(String type, String url, Map<String, String> credentials, String prefix,
            List<String> environment) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("url", url);
        Map<String, Object> creds = new TreeMap<>();
        credentials.forEach((name, value) -> {
            if (SECRET.matcher(name).matches()) {
                String variable = (prefix + "_" + name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
                creds.put(name, Map.of("env", variable));
                environment.add(variable);
            } else {
                creds.put(name, value);
            }
        });
        out.put("credentials", creds);
        return out;
    }

    /** What an import did. */
    public record Imported(String tenant, List<String> profiles, int documents, List<String> missing) {
    }

    /**
     * Creates the folder's profiles in the client {@code tenantName} (created if missing; the
     * export's client when null), secrets from {@code environment}, each flow's document saved and
     * published. A profile name the client has already is refused before anything is written.
     */
    public Imported importFrom(Path dir, String tenantName, Function<String, String> environment, String author) {
        return importFrom(dir, tenantName, environment, author, false);
    }

    /**
     * The same; with {@code secretsLater}, a secret the environment lacks is left empty (the studio's
     * upload: the user types it on the profile's settings page) and named in {@link Imported#missing()}.
     */
    public Imported importFrom(Path dir, String tenantName, Function<String, String> environment, String author,
            boolean secretsLater) {
        try {
            String wanted = tenantName != null ? tenantName
                    : String.valueOf(load(Files.readString(dir.resolve("client.yaml"))).get("tenant"));
            List<Path> folders;
            try (Stream<Path> list = Files.list(dir)) {
                folders = list.filter(p -> Files.isRegularFile(p.resolve("profile.yaml"))).sorted().toList();
            }
            if (folders.isEmpty()) {
                throw new IllegalArgumentException("no <profile>/profile.yaml under " + dir);
            }
            List<ProfileSetup.NewProfile> news = new ArrayList<>();
            List<Map<String, String>> documents = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            var existing = tenants.findByName(wanted);
            for (Path folder : folders) {
                Map<String, Object> doc = load(Files.readString(folder.resolve("profile.yaml")));
                Map<String, Object> erp = map(doc.get("erp"));
                Map<String, Object> shop = map(doc.get("shop"));
                String name = String.valueOf(doc.get("name"));
                if (existing.isPresent() && profiles.findByTenant(existing.get().id()).stream()
                        .anyMatch(p -> p.name().equals(name))) {
                    throw new IllegalArgumentException("the client '" + wanted + "' already has a profile named '" + name + "'");
                }
                Map<String, String> settings = new LinkedHashMap<>();
                map(doc.get("settings")).forEach((k, v) -> settings.put(k, String.valueOf(v)));
                news.add(new ProfileSetup.NewProfile(0, name, String.valueOf(erp.get("type")), String.valueOf(erp.get("url")),
                        credentials(erp, environment, missing), String.valueOf(shop.get("type")),
                        String.valueOf(shop.get("url")), credentials(shop, environment, missing), settings));
                Map<String, String> flows = new LinkedHashMap<>();
                for (var flow : FlowCatalog.all()) {
                    Path file = folder.resolve(flow.id() + ".yaml");
                    if (Files.isRegularFile(file)) {
                        flows.put(flow.id(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                documents.add(flows);
            }
            if (!missing.isEmpty() && !secretsLater) {
                throw new IllegalArgumentException("set the environment variables " + String.join(", ", missing));
            }
            long tenantId = existing.map(TenantRepository.Tenant::id).orElseGet(() -> tenants.create(wanted).id());
            List<String> names = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < news.size(); i++) {
                ProfileSetup.NewProfile p = news.get(i);
                ShopProfile created = setup.createUnchecked(new ProfileSetup.NewProfile(tenantId, p.name(), p.erpType(),
                        p.erpUrl(), p.erpCredentials(), p.shopType(), p.shopUrl(), p.shopCredentials(), p.settings()),
                        List.of(), author);
                for (var flow : documents.get(i).entrySet()) {
                    mappings.publish(mappings.saveDraft(created.id(), flow.getKey(), flow.getValue(), author).id());
                    count++;
                }
                // the export's switches, not the ones the creation derived from an empty list
                p.settings().forEach((k, v) -> profiles.putSetting(created.id(), k, v));
                names.add(p.name());
            }
            return new Imported(wanted, names, count, List.copyOf(missing));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> credentials(Map<String, Object> side, Function<String, String> environment,
            List<String> missing) {
        Map<String, String> out = new LinkedHashMap<>();
        map(side.get("credentials")).forEach((name, value) -> {
            if (value instanceof Map<?, ?> ref && ref.get("env") != null) {
                String variable = String.valueOf(ref.get("env"));
                String secret = environment.apply(variable);
                if (secret == null || secret.isBlank()) {
                    missing.add(variable);
                } else {
                    out.put(name, secret);
                }
            } else if (value != null) {
                out.put(name, String.valueOf(value));
            }
        });
        return out;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "profile" : slug;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Map<String, Object> load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        Object loaded = new Yaml(new SafeConstructor(options)).load(text);
        if (!(loaded instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a YAML map");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String dump(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        return new Yaml(new Representer(options), options).dump(value);
    }
}
