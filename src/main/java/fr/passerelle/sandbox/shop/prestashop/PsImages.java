package fr.passerelle.sandbox.shop.prestashop;

import fr.passerelle.sandbox.SandboxRequest;
import fr.passerelle.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /api/images/products/<id>}: GET lists a product's images, POST adds one from a
 * multipart form whose file part is named {@code image}, as the webservice documents.
 */
final class PsImages {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)");

    private PsImages() {
    }

    @SuppressWarnings("unchecked")
    static SandboxResponse handle(SandboxRequest request, PsStore store, long productId) {
        Map<String, Object> product = store.get("products", productId);
        if (product == null) {
            throw new PsError(404, 87, "Id(s) not exists: " + productId);
        }
        if (request.method().equals("GET")) {
            StringBuilder out = new StringBuilder("<image id=\"" + productId + "\">\n");
            store.images.forEach((id, image) -> {
                if (image.getKey().equals(Long.toString(productId))) {
                    out.append("<declination id=\"").append(id).append("\"/>\n");
                }
            });
            return SandboxResponse.xml(200, PsXml.envelope(out.append("</image>\n").toString()));
        }
        if (!request.method().equals("POST")) {
            throw new PsError(405, 20, "Method " + request.method() + " is not valid for images");
        }
        byte[] file = imagePart(request);
        long id = store.images.size() + 1L;
        store.images.put(id, new AbstractMap.SimpleEntry<>(Long.toString(productId), file));
        Map<String, List<Map<String, String>>> associations = product.get(PsXml.ASSOCIATIONS) instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, List<Map<String, String>>>) m) : new LinkedHashMap<>();
        List<Map<String, String>> images = new ArrayList<>(associations.getOrDefault("images", List.of()));
        images.add(Map.of("id", Long.toString(id)));
        associations.put("images", images);
        product.put(PsXml.ASSOCIATIONS, associations);
        return SandboxResponse.xml(200, PsXml.envelope("<image>\n<id><![CDATA[" + id + "]]></id>\n<id_product><![CDATA["
                + productId + "]]></id_product>\n</image>\n"));
    }

    /** The bytes of the multipart part named "image" (ISO-8859-1 keeps every byte as one char). */
    private static byte[] imagePart(SandboxRequest request) {
        Matcher boundary = BOUNDARY.matcher(request.header("Content-Type").orElse(""));
        if (!boundary.find()) {
            throw new PsError(400, 66, "Please set an \"image\" parameter with image data for value");
        }
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd > 0 && part.substring(0, headerEnd).contains("name=\"image\"")) {
                String headers = part.substring(0, headerEnd).toLowerCase();
                if (!headers.contains("content-type: image/")) {
                    throw new PsError(400, 76, "Image format not recognized, allowed formats are: .gif, .jpg, .png");
                }
                String content = part.substring(headerEnd + 4);
                return content.substring(0, Math.max(0, content.length() - 2)).getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        throw new PsError(400, 66, "Please set an \"image\" parameter with image data for value");
    }
}
