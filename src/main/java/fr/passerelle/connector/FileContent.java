package fr.passerelle.connector;

/** A file read from or sent to a system (invoice PDF, product attachment). */
public record FileContent(String name, String contentType, byte[] bytes) {

    public FileContent {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
