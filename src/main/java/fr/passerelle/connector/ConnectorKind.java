package fr.passerelle.connector;

public enum ConnectorKind {
    ERP,
    SHOP
}
