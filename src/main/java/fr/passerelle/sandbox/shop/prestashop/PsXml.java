package fr.passerelle.sandbox.shop.prestashop;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The webservice's XML both ways. A record is an ordered map: plain fields hold text,
 * multilingual fields a map language id -> text, and {@code associations} a map association ->
 * list of item maps.
 */
final class PsXml {

    static final String ASSOCIATIONS = "associations";

    /** The request body could not be read as webservice XML. */
    static final class BadXml extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadXml(String message) {
            super(message);
        }
    }

    private PsXml() {
    }

    /** Reads {@code <prestashop><product>...</product></prestashop>}; the element names come from the body. */
    static Map<String, Object> read(byte[] body, PsResource resource) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new BadXml("Invalid XML: " + e.getMessage());
        }
        Element record = child(root, resource.singular());
        if (!root.getTagName().equals("prestashop") || record == null) {
            throw new BadXml("XML root must be <prestashop> holding one <" + resource.singular() + ">");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Element field : children(record)) {
            String name = field.getTagName();
            if (name.equals(ASSOCIATIONS)) {
                Map<String, List<Map<String, String>>> associations = new LinkedHashMap<>();
                for (Element association : children(field)) {
                    List<Map<String, String>> items = new ArrayList<>();
                    for (Element item : children(association)) {
                        Map<String, String> values = new LinkedHashMap<>();
                        children(item).forEach(v -> values.put(v.getTagName(), v.getTextContent().trim()));
                        items.add(values);
                    }
                    associations.put(association.getTagName(), items);
                }
                fields.put(ASSOCIATIONS, associations);
            } else if (!children(field).isEmpty() && children(field).getFirst().getTagName().equals("language")) {
                Map<String, String> languages = new LinkedHashMap<>();
                children(field).forEach(l -> languages.put(l.getAttribute("id"), l.getTextContent()));
                fields.put(name, languages);
            } else {
                fields.put(name, field.getTextContent());
            }
        }
        return fields;
    }

    static String envelope(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
                + inner + "</prestashop>\n";
    }

    static String error(int code, String message) {
        return envelope("<errors>\n<error>\n<code><![CDATA[" + code + "]]></code>\n<message><![CDATA[" + message
                + "]]></message>\n</error>\n</errors>\n");
    }

    /** One record; {@code only} limits the fields (display=[a,b]), null for all. */
    static String record(PsResource resource, Map<String, Object> record, String base, @Nullable List<String> only) {
        StringBuilder out = new StringBuilder("<").append(resource.singular()).append(">\n");
        for (String field : resource.fields()) {
            if (only != null && !only.contains(field)) {
                continue;
            }
            Object value = record.get(field);
            if (resource.multilingual().contains(field)) {
                out.append("<").append(field).append(">");
                @SuppressWarnings("unchecked")
                Map<String, String> languages = value instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
                for (String lang : List.of("1", "2")) {
                    out.append("<language id=\"").append(lang).append("\" xlink:href=\"").append(base).append("/api/languages/")
                            .append(lang).append("\">").append(cdata(languages.getOrDefault(lang, ""))).append("</language>");
                }
                out.append("</").append(field).append(">\n");
            } else {
                out.append("<").append(field).append(">").append(cdata(value == null ? "" : value.toString()))
                        .append("</").append(field).append(">\n");
            }
        }
        if (only == null && !resource.associations().isEmpty()) {
            out.append("<associations>\n");
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, String>>> associations = record.get(ASSOCIATIONS) instanceof Map<?, ?> m
                    ? (Map<String, List<Map<String, String>>>) m : Map.of();
            resource.associations().forEach((name, association) -> {
                out.append("<").append(name).append(" nodeType=\"").append(association.item()).append("\" api=\"").append(name)
                        .append("\">\n");
                for (Map<String, String> item : associations.getOrDefault(name, List.of())) {
                    out.append("<").append(association.item()).append(">");
                    for (String f : association.fields()) {
                        out.append("<").append(f).append(">").append(cdata(item.getOrDefault(f, ""))).append("</").append(f).append(">");
                    }
                    out.append("</").append(association.item()).append(">\n");
                }
                out.append("</").append(name).append(">\n");
            });
            out.append("</associations>\n");
        }
        return out.append("</").append(resource.singular()).append(">\n").toString();
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static @Nullable Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
