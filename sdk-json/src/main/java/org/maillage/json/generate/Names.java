package org.maillage.json.generate;

import java.util.SplittableRandom;

/** French-looking place names built from syllables, articles and the usual suffixes. */
final class Names {
    private Names() {}

    private static final String[] ONSETS = {
        "Ba", "Bel", "Ber", "Bo", "Bou", "Bri", "Ca", "Cha", "Cham", "Cher", "Clai", "Cor", "Cou", "Dam", "Di",
        "Don", "É", "Es", "Fa", "Fon", "Frai", "Ga", "Gi", "Gou", "Gra", "Ju", "La", "Lan", "Lau", "Li", "Lou",
        "Ma", "Mar", "Mau", "Mer", "Mon", "Mont", "Mou", "Na", "Neu", "No", "Or", "Pa", "Pey", "Pi", "Plou",
        "Pon", "Pra", "Que", "Ro", "Rou", "Sa", "Sau", "Ser", "Sou", "Ta", "Ter", "Tou", "Va", "Vaux", "Ver",
        "Vil", "Vi", "Voi"
    };
    private static final String[] CODAS = {
        "ac", "ais", "an", "ange", "ans", "ay", "bert", "court", "dieu", "é", "eix", "elle", "ères", "ette",
        "euil", "ey", "ieu", "ignac", "illac", "in", "lieu", "mont", "nac", "nay", "ogne", "ol", "on", "ouse",
        "ville", "y", "zac"
    };
    private static final String[] SAINTS = {
        "Saint-Martin", "Saint-Jean", "Saint-Pierre", "Saint-Germain", "Saint-Laurent", "Sainte-Marie",
        "Saint-Étienne", "Sainte-Colombe", "Saint-Julien", "Saint-Hilaire", "Saint-Paul", "Saint-Michel"
    };
    private static final String[] ARTICLES = {"Le ", "La ", "Les ", "L'"};
    private static final String[] RIVERS = {
        "Loire", "Garonne", "Ariège", "Marne", "Oise", "Seine", "Dordogne", "Vienne", "Saône", "Meuse", "Lot",
        "Tarn", "Orne", "Yonne", "Aude"
    };
    private static final String[] JOINERS = {"-sur-", "-en-", "-lès-", "-sous-"};
    private static final String[] PLACES = {"Bois", "Mont", "Vallée", "Plaine", "Forêt", "Causse", "Château", "Bocage"};

    /** A root word of two or three syllables. */
    static String root(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(ONSETS[r.nextInt(ONSETS.length)]);
        if (r.nextInt(3) == 0) {
            sb.append(Character.toLowerCase(ONSETS[r.nextInt(ONSETS.length)].charAt(0)) == 'é'
                    ? "e" : ONSETS[r.nextInt(ONSETS.length)].toLowerCase(java.util.Locale.ROOT));
        }
        sb.append(CODAS[r.nextInt(CODAS.length)]);
        return sb.toString();
    }

    /** A commune name: a root, sometimes a saint's name, an article or a river. */
    static String commune(SplittableRandom r) {
        int shape = r.nextInt(20);
        String root = root(r);
        return switch (shape) {
            case 0, 1 -> SAINTS[r.nextInt(SAINTS.length)] + (r.nextBoolean() ? "" : JOINERS[r.nextInt(2)] + root);
            case 2, 3 -> article(r, root);
            case 4, 5 -> root + JOINERS[r.nextInt(JOINERS.length)] + RIVERS[r.nextInt(RIVERS.length)];
            case 6 -> root + "-les-Bains";
            case 7 -> root + "-le-" + PLACES[r.nextInt(PLACES.length)];
            default -> root;
        };
    }

    /** A name for a grouping of communes (an EPCI or a health territory). */
    static String area(SplittableRandom r) {
        String root = root(r);
        return switch (r.nextInt(4)) {
            case 0 -> "Pays de " + root;
            case 1 -> "Val de " + RIVERS[r.nextInt(RIVERS.length)];
            case 2 -> root + " et " + root(r);
            default -> "Haut-" + root;
        };
    }

    private static String article(SplittableRandom r, String root) {
        String a = ARTICLES[r.nextInt(3)];
        char c = root.charAt(0);
        return ("AEIOUÉ".indexOf(c) >= 0 ? "L'" : a) + root;
    }
}
