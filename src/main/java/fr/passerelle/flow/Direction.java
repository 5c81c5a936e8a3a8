package fr.passerelle.flow;

public enum Direction {
    ERP_TO_SHOP,
    SHOP_TO_ERP
}
