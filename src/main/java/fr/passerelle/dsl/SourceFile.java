package fr.passerelle.dsl;

import java.util.ArrayList;
import java.util.List;

/** A document's text with its line starts, to turn character indexes into positions. */
public final class SourceFile {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public Position position(int index) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new Position(name, low + 1, index - lineStarts[low] + 1);
    }
}
