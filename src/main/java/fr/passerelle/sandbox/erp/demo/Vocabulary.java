package fr.passerelle.sandbox.erp.demo;

import java.util.List;
import java.util.Random;

/** French words the generators draw from. */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Louise", "Jade",
            "Emma", "Sarah", "Juliette", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Théo",
            "Raphaël", "Paul", "Étienne", "Hélène", "Françoise", "Benoît", "Aurélie", "Cédric", "Noémie", "Gaëlle");
    static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
            "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin");
    static final List<String> COMPANY_WORDS = List.of("Boutique", "Épicerie", "Maison", "Comptoir", "Atelier",
            "Galerie", "Bazar", "Cave", "Librairie", "Concept Store", "Droguerie", "Fromagerie");
    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo",
            "place du Marché", "chemin des Vignes", "rue Pasteur", "allée des Tilleuls", "quai de la Loire",
            "rue du Général de Gaulle", "impasse des Lilas", "route de Bordeaux", "rue Nationale");
    /** City, postal code, département. */
    static final List<String[]> CITIES = List.of(new String[] {"Paris", "75011", "75"},
            new String[] {"Lyon", "69003", "69"}, new String[] {"Marseille", "13006", "13"},
            new String[] {"Toulouse", "31000", "31"}, new String[] {"Nice", "06000", "06"},
            new String[] {"Nantes", "44000", "44"}, new String[] {"Strasbourg", "67000", "67"},
            new String[] {"Montpellier", "34000", "34"}, new String[] {"Bordeaux", "33000", "33"},
            new String[] {"Lille", "59000", "59"}, new String[] {"Rennes", "35000", "35"},
            new String[] {"Reims", "51100", "51"}, new String[] {"Saint-Étienne", "42000", "42"},
            new String[] {"Le Havre", "76600", "76"}, new String[] {"Dijon", "21000", "21"},
            new String[] {"Angers", "49000", "49"}, new String[] {"Grenoble", "38000", "38"},
            new String[] {"Aix-en-Provence", "13100", "13"}, new String[] {"Annecy", "74000", "74"},
            new String[] {"Quimper", "29000", "29"});
    static final List<String> BRANDS = List.of("Maison Lefèvre", "Atelier Dumas", "Les Jardins de Provence", "Bréval",
            "Côté Sud", "Belle Île", "Saint-Aubin", "Clément & Fils", "Normandie Tradition", "Montagnard");
    static final List<String> COLOURS = List.of("Blanc", "Noir", "Bleu marine", "Rouge", "Vert sapin", "Gris chiné");
    static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    static final List<String> SHOE_SIZES = List.of("37", "38", "39", "40", "41", "42", "43", "44");
    static final List<String> MATERIALS = List.of("Coton", "Lin", "Laine", "Polyester", "Cuir", "Soie", "Grès",
            "Porcelaine", "Bois");
    static final List<String> NAF = List.of("4791A", "4771Z", "4711B", "4724Z", "4778C", "5610A", "4719B");
    static final List<String> EXTRA_CATEGORIES = List.of("Nouveautés", "Promotions", "Idées cadeaux",
            "Made in France", "Meilleures ventes", "Fête des mères", "Noël");

    private Vocabulary() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
