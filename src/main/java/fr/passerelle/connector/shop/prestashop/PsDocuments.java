package fr.passerelle.connector.shop.prestashop;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Webservice XML <-> records. Reading: multilingual fields give the text of the session's
 * language, amounts and quantities become BigDecimal, associations a map of lists. Writing: a text
 * for a multilingual field goes to every configured language, a map (language id -> text) to those
 * languages; associations are written back as item lists.
 */
final class PsDocuments {

    static final String ASSOCIATIONS = "associations";
    private static final Set<String> NUMBERS = Set.of("price", "wholesale_price", "weight", "width", "height", "depth",
            "quantity", "reduction", "amount", "from_quantity", "minimal_quantity", "conversion_rate", "carrier_tax_rate",
            "product_quantity", "unit_price_tax_incl", "unit_price_tax_excl", "shipping_cost_tax_excl", "shipping_cost_tax_incl");

    private PsDocuments() {
    }

    static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints "[Fatal Error] ..." on standard error before throwing
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("not webservice XML: " + e.getMessage(), e);
        }
    }

    /** One {@code <product>} element as a record's fields. */
    static Map<String, @Nullable Object> fields(Element record, String language) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (Element field : children(record)) {
            String name = field.getTagName();
            List<Element> inner = children(field);
            if (name.equals(ASSOCIATIONS)) {
                Map<String, @Nullable Object> associations = new LinkedHashMap<>();
                for (Element association : inner) {
                    List<@Nullable Object> items = new ArrayList<>();
                    for (Element item : children(association)) {
                        items.add(fields(item, language));
                    }
                    associations.put(association.getTagName(), items);
                }
                fields.put(ASSOCIATIONS, associations);
            } else if (!inner.isEmpty() && inner.getFirst().getTagName().equals("language")) {
                fields.put(name, inner.stream().filter(l -> l.getAttribute("id").equals(language)).map(Node::getTextContent)
                        .findFirst().orElse(inner.getFirst().getTextContent()));
            } else {
                fields.put(name, value(name, field.getTextContent()));
            }
        }
        return fields;
    }

    private static @Nullable Object value(String name, String text) {
        if ((NUMBERS.contains(name) || name.startsWith("total_")) && text.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(text);
        }
        return text;
    }

    /** {@code <prestashop><product>...</product></prestashop>} from fields; multilingual ones per language. */
    static String write(String element, Map<String, @Nullable Object> fields, Set<String> multilingual, List<String> languages) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\"><").append(element).append(">");
        fields.forEach((name, value) -> {
            if (name.equals(ASSOCIATIONS)) {
                out.append("<associations>");
                PsValues.object(value).forEach((association, items) -> {
                    out.append("<").append(association).append(">");
                    for (Object item : PsValues.list(items)) {
                        String itemName = association.endsWith("ies") ? association.substring(0, association.length() - 3) + "y"
                                : association.endsWith("s") ? association.substring(0, association.length() - 1) : association;
                        if (association.equals("product_bundle")) {
                            itemName = "product";
                        }
                        out.append("<").append(itemName).append(">");
                        PsValues.object(item).forEach((k, v) -> out.append("<").append(k).append(">").append(cdata(PsValues.text(v)))
                                .append("</").append(k).append(">"));
                        out.append("</").append(itemName).append(">");
                    }
                    out.append("</").append(association).append(">");
                });
                out.append("</associations>");
            } else if (multilingual.contains(name)) {
                out.append("<").append(name).append(">");
                for (String language : languages) {
                    Object text = value instanceof Map<?, ?> m ? PsValues.object(m).get(language) : value;
                    out.append("<language id=\"").append(language).append("\">").append(cdata(PsValues.text(text))).append("</language>");
                }
                out.append("</").append(name).append(">");
            } else {
                out.append("<").append(name).append(">").append(cdata(PsValues.text(value))).append("</").append(name).append(">");
            }
        });
        return out.append("</").append(element).append("></prestashop>").toString();
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
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
