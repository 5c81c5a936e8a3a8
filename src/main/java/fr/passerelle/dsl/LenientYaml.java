package fr.passerelle.dsl;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Composes YAML, accepting ternaries in plain values ({@code status: ok ? 1 : 0}): strict YAML
 * reads the {@code ": "} inside as a second key and refuses the line, which would force
 * consultants to quote every ternary. The space after such a colon is swapped for a private-use
 * character of the same length (columns stay right) and swapped back in every value.
 */
final class LenientYaml {

    private static final char PLACEHOLDER = '\uE000';
    private static final int MAX_REPAIRS = 200;

    private LenientYaml() {
    }

    static Node compose(String text) {
        char[] chars = text.toCharArray();
        for (int repairs = 0; ; repairs++) {
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(true); // reported by the reader, with positions
                return new Yaml(new SafeConstructor(options)).compose(new StringReader(new String(chars)));
            } catch (MarkedYAMLException e) {
                int at = e.getProblemMark() == null ? -1 : e.getProblemMark().getIndex();
                boolean colonInValue = "mapping values are not allowed here".equals(e.getProblem())
                        && at >= 0 && at + 1 < chars.length && chars[at] == ':' && chars[at + 1] == ' '
                        && colonBefore(chars, at);
                if (!colonInValue || repairs >= MAX_REPAIRS) {
                    throw e;
                }
                chars[at + 1] = PLACEHOLDER;
            }
        }
    }

    /** The colon sits after "key: " on its line, so it is inside a value, not a key of its own. */
    private static boolean colonBefore(char[] chars, int at) {
        for (int i = at - 1; i > 0 && chars[i] != '\n'; i--) {
            if (chars[i - 1] == ':' && (chars[i] == ' ' || chars[i] == PLACEHOLDER)) {
                return true;
            }
        }
        return false;
    }

    static String restore(String value) {
        return value.indexOf(PLACEHOLDER) < 0 ? value : value.replace(PLACEHOLDER, ' ');
    }
}
