package fr.passerelle.store;

/** What a user may do. Consultants build mappings for their clients; merchants adjust their own. */
public enum Role {
    ADMIN,
    CONSULTANT,
    MERCHANT
}
