package fr.passerelle.ui.mapping;

import fr.passerelle.connector.CanonicalRecord;
import fr.passerelle.connector.ConnectionSettings;
import fr.passerelle.connector.ConnectorRegistry;
import fr.passerelle.connector.ConnectorSession;
import fr.passerelle.connector.EntitySchema;
import fr.passerelle.connector.FieldSchema;
import fr.passerelle.dsl.TemplateResolver;
import fr.passerelle.dsl.compiler.CompilationResult;
import fr.passerelle.dsl.compiler.MappingCompiler;
import fr.passerelle.dsl.editor.EditorAssist;
import fr.passerelle.flow.Direction;
import fr.passerelle.flow.FlowDefinition;
import fr.passerelle.plan.MappingResult;
import fr.passerelle.store.ShopProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the mapper needs from the connectors for one profile and flow: the schemas (the ERP's
 * enriched with the custom fields discovered from the live ERP), the compile service, sample
 * records read live, and a record mapped by the compiled document (the preview, MAP-4).
 */
@Component
public class MapperSupport {

    private final ConnectorRegistry registry;

    MapperSupport(ConnectorRegistry registry) {
        this.registry = registry;
    }

    /** Both sides' schemas for a flow, the live ERP's custom fields added to the source entity. */
    public record Schemas(EntitySchema source, EntitySchema target, Map<String, EntitySchema> all, List<String> problems) {
    }

    public Schemas schemas(ShopProfile profile, FlowDefinition flow) {
        Map<String, EntitySchema> all = new HashMap<>();
        var erp = registry.erp(profile.erpType()).orElseThrow();
        var shop = registry.shop(profile.shopType()).orElseThrow();
        erp.descriptor().schemas().forEach(s -> all.put(s.name(), s));
        shop.descriptor().schemas().forEach(s -> all.put(s.name(), s));
        boolean toShop = flow.direction() == Direction.ERP_TO_SHOP;
        String sourceName = (toShop ? "erp." : profile.shopType() + ".") + flow.sourceEntity();
        String targetName = (toShop ? profile.shopType() + "." : "erp.") + flow.targetEntity();
        List<String> problems = new ArrayList<>();
        EntitySchema source = all.getOrDefault(sourceName, new EntitySchema(sourceName, List.of(), true, false, false));
        try (ConnectorSession session = toShop ? erp.open(erpSettings(profile)) : shop.open(shopSettings(profile))) {
            List<FieldSchema> discovered = session.discoverFields(sourceName);
            List<FieldSchema> extra = discovered.stream().filter(f -> source.field(f.name()).isEmpty()).toList();
            if (!extra.isEmpty()) {
                EntitySchema enriched = source.withFields(extra);
                all.put(sourceName, enriched);
            }
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        EntitySchema declared = all.getOrDefault(targetName, new EntitySchema(targetName, List.of(), false, true, false));
        // the target's custom fields too (a shop's meta keys, an ERP's user-defined fields), flagged as custom
        try (ConnectorSession session = toShop ? shop.open(shopSettings(profile)) : erp.open(erpSettings(profile))) {
            List<FieldSchema> extra = session.discoverFields(targetName).stream()
                    .filter(f -> declared.field(f.name()).isEmpty()).toList();
            if (!extra.isEmpty()) {
                all.put(targetName, declared.withFields(extra));
            }
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        EntitySchema target = all.get(targetName) == null ? declared : all.get(targetName);
        return new Schemas(all.get(sourceName) == null ? source : all.get(sourceName), target, all, problems);
    }

    public EditorAssist assist(Schemas schemas) {
        return new EditorAssist(schemas.all(), TemplateResolver.standard());
    }

    public CompilationResult compile(Schemas schemas, String yaml, String file) {
        return new MappingCompiler(schemas.all(), TemplateResolver.standard()).compile(yaml, file);
    }

    /** A few records of the flow's source, read live (the first page). */
    public List<CanonicalRecord> samples(ShopProfile profile, FlowDefinition flow, int count) {
        boolean toShop = flow.direction() == Direction.ERP_TO_SHOP;
        String sourceName = (toShop ? "erp." : profile.shopType() + ".") + flow.sourceEntity();
        try (ConnectorSession session = toShop ? registry.erp(profile.erpType()).orElseThrow().open(erpSettings(profile))
                : registry.shop(profile.shopType()).orElseThrow().open(shopSettings(profile))) {
            return session.read(sourceName, fr.passerelle.connector.ReadRequest.all(count)).records().stream()
                    .limit(count).toList();
        }
    }

    /** One record through the compiled document, with the profile's settings as {@code profile}. */
    public MappingResult preview(CompilationResult compiled, ShopProfile profile, CanonicalRecord record) {
        Map<String, Object> settings = new HashMap<>(profile.settings());
        settings.put("name", profile.name());
        return compiled.plan().apply(record.fields(), settings);
    }

    static ConnectionSettings erpSettings(ShopProfile profile) {
        return new ConnectionSettings(profile.erpBaseUrl(), profile.erpCredentials(), options(profile, "erp."));
    }

    static ConnectionSettings shopSettings(ShopProfile profile) {
        return new ConnectionSettings(profile.baseUrl(), profile.credentials(), options(profile, "shop."));
    }

    private static Map<String, String> options(ShopProfile profile, String prefix) {
        Map<String, String> options = new LinkedHashMap<>();
        profile.settings().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                options.put(k.substring(prefix.length()), v);
            }
        });
        return options;
    }
}
