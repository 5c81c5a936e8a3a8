package fr.passerelle.sandbox.erp.demo;

import java.util.List;

/**
 * A family of products of the demo catalogue: its item class, VAT category, the first category
 * levels and the words its item names are built from.
 *
 * @param classId item class id
 * @param description item class description
 * @param taxCategory VAT category of its items
 * @param universe category level 1
 * @param departments category level 2 candidates
 * @param nouns product nouns (category level 3)
 * @param qualifiers name endings (category level 4)
 * @param minPrice lowest sale price excl. tax, in cents
 * @param maxPrice highest sale price excl. tax, in cents
 * @param sizes variant sizes when the family has matrix items, else empty
 */
record Family(String classId, String description, String taxCategory, String universe, List<String> departments,
        List<String> nouns, List<String> qualifiers, int minPrice, int maxPrice, List<String> sizes) {

    static final List<Family> ALL = List.of(
            new Family("VETEMENT", "Vêtements", "TVA20", "Mode", List.of("Femme", "Homme", "Enfant"),
                    List.of("T-shirt", "Chemise", "Pull", "Veste", "Pantalon", "Robe", "Polo", "Sweat"),
                    List.of("col rond", "en coton bio", "à rayures", "manches longues", "coupe droite", "en lin"),
                    1490, 12900, Vocabulary.SIZES),
            new Family("CHAUSSURE", "Chaussures", "TVA20", "Mode", List.of("Femme", "Homme"),
                    List.of("Baskets", "Bottines", "Mocassins", "Sandales", "Derbies"),
                    List.of("en cuir", "en toile", "à lacets", "semelle gomme"), 3990, 18900, Vocabulary.SHOE_SIZES),
            new Family("EPICERIE", "Épicerie fine", "TVA55", "Épicerie fine", List.of("Sucré", "Salé"),
                    List.of("Confiture", "Miel", "Huile d'olive", "Terrine", "Tapenade", "Café", "Thé", "Chocolat",
                            "Biscuits", "Moutarde"),
                    List.of("de Provence", "bio", "artisanal", "de Bretagne", "du Périgord", "aux fruits rouges"),
                    290, 3490, List.of()),
            new Family("MAISON", "Maison et décoration", "TVA20", "Maison",
                    List.of("Décoration", "Linge de maison", "Art de la table"),
                    List.of("Bougie parfumée", "Plaid", "Coussin", "Vase", "Lampe", "Tasse", "Nappe", "Saladier"),
                    List.of("en grès", "en laine", "en lin lavé", "en porcelaine", "fait main", "vintage"),
                    990, 15900, List.of()),
            new Family("LIVRE", "Livres", "TVA55", "Librairie", List.of("Cuisine", "Voyage", "Jeunesse"),
                    List.of("Guide", "Recueil", "Atlas", "Carnet de recettes"),
                    List.of("de Bourgogne", "des Alpes", "de la mer", "du terroir"), 890, 4590, List.of()),
            new Family("PRESSE", "Presse", "TVA21", "Librairie", List.of("Magazines"),
                    List.of("Magazine Cuisine et Vins", "Revue Jardins", "Hebdo Régions"),
                    List.of("n°", "hors-série n°"), 450, 1290, List.of()),
            new Family("TRAITEUR", "Plats traiteur", "TVA10", "Traiteur", List.of("Plats cuisinés", "Desserts"),
                    List.of("Bœuf bourguignon", "Blanquette de veau", "Quiche lorraine", "Tarte Tatin", "Ratatouille"),
                    List.of("pour 2", "pour 4", "familial"), 690, 2990, List.of()));

    boolean matrix() {
        return !sizes.isEmpty();
    }
}
