package fr.passerelle.sandbox.erp;

import fr.passerelle.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Files attached to records (item pictures, data sheets), served at {@code GET .../files/<id>}.
 * Only names are kept; the bytes are made on demand so 2,000 items cost little memory.
 */
final class FileStore {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** Registers a file and returns its {@code files} entry for the record. */
    ObjectNode attach(String basePath, String filename, String comment) {
        String id = UUID.nameUUIDFromBytes(filename.getBytes(StandardCharsets.UTF_8)).toString();
        names.put(id, filename);
        ObjectNode link = Wire.object();
        link.put("id", id);
        link.put("filename", filename);
        link.put("href", basePath + "/files/" + id);
        link.put("comment", comment);
        return link;
    }

    SandboxResponse get(String id) {
        String name = names.get(id);
        if (name == null) {
            return ErpErrors.notFound("files/" + id);
        }
        boolean pdf = name.endsWith(".pdf");
        byte[] bytes = pdf ? MiniPdf.of(name).getBytes(StandardCharsets.ISO_8859_1) : jpeg(name);
        return new SandboxResponse(200, Map.of("Content-Type", List.of(pdf ? "application/pdf" : "image/jpeg")), bytes);
    }

    /** Start and end markers around the name: enough for a client to see a JPEG, not a real image. */
    private static byte[] jpeg(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        System.arraycopy(text, 0, bytes, 2, text.length);
        bytes[bytes.length - 2] = (byte) 0xFF;
        bytes[bytes.length - 1] = (byte) 0xD9;
        return bytes;
    }
}
