package sahelsim.scenario;

import java.util.Locale;

/** How the constants of the scenario's enums are written in files: BREAK_TRUCE is breakTruce. */
final class FileWords {

    private FileWords() {
    }

    static String of(Enum<?> constant) {
        String[] parts = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
