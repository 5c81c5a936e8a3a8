package fr.passerelle.connector.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/connectors.md lists every entity and field of both ERP entity maps, with its status. */
class ConnectorsDocTest {

    @Test
    void documentsEveryMappedFieldOfEveryErp() throws IOException {
        String doc = Files.readString(Path.of("docs/connectors.md"));
        List<String> missing = new ArrayList<>();
        for (String map : List.of("templates/erp/cegid-xrp-flex.yaml", "templates/erp/ebp.yaml")) {
            Map<?, ?> root = new Yaml().load(Files.readString(Path.of(map)));
            ((Map<?, ?>) root.get("entities")).forEach((entity, value) -> {
                if (!doc.contains("`" + entity + "`")) {
                    missing.add(entity.toString());
                }
                for (Object f : (List<?>) ((Map<?, ?>) value).get("fields")) {
                    Map<?, ?> field = (Map<?, ?>) f;
                    String row = "| `" + field.get("name") + "` | `" + field.get("path") + "` |";
                    if (!doc.contains(row)) {
                        missing.add(entity + "." + field.get("name"));
                    }
                }
            });
        }
        assertThat(missing).as("fields missing from docs/connectors.md").isEmpty();
    }
}
