package fr.passerelle.ui.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A readable difference between two versions of a mapping (MAP-5): first what changed in words
 * (field added, removed, changed from .. to ..), then the changed lines of the documents.
 */
final class VersionDiff {

    private VersionDiff() {
    }

    /** One change in words: kind is added, removed or changed. */
    record Change(String kind, String field, String before, String after) {
    }

    static List<Change> fields(String older, String newer) {
        Map<String, MappingText.Override> a = MappingText.overrides(older);
        Map<String, MappingText.Override> b = MappingText.overrides(newer);
        List<Change> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            String before = describe(a.get(name));
            String after = describe(b.get(name));
            if (before == null) {
                changes.add(new Change("added", name, "", after));
            } else if (after == null) {
                changes.add(new Change("removed", name, before, ""));
            } else if (!Objects.equals(before, after)) {
                changes.add(new Change("changed", name, before, after));
            }
        }
        return changes;
    }

    private static String describe(MappingText.Override o) {
        if (o == null) {
            return null;
        }
        return o.isBlock() ? "each " + o.each() + " " + o.itemFields() : o.expression();
    }

    /** The lines only one side has, '-' for the older and '+' for the newer (longest common subsequence). */
    static List<String> lines(String older, String newer) {
        String[] a = older.split("\n", -1);
        String[] b = newer.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
                out.add("+ " + (j + 1) + ": " + b[j++]);
            } else {
                out.add("- " + (i + 1) + ": " + a[i++]);
            }
        }
        return out;
    }
}
