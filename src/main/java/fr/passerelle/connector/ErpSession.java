package fr.passerelle.connector;

import java.util.Optional;

/** A session on the ERP: records, plus the files the ERP keeps on documents (invoice PDFs). */
public interface ErpSession extends ConnectorSession {

    /** A file attached to a record (the PDF of an invoice ...), if it has one. */
    Optional<FileContent> readFile(String entity, String key);
}
