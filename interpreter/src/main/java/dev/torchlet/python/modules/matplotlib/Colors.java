package dev.torchlet.python.modules.matplotlib;

/** matplotlib's colours: the default cycle (tab10) and the one-letter names. */
final class Colors {
    private static final String[] CYCLE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};

    private Colors() {
    }

    /** The n-th colour of the default property cycle. */
    static String cycle(int n) {
        return CYCLE[n % CYCLE.length];
    }

    /** {@code 'r'} and friends, as matplotlib defines them (its "base colors"). */
    static String letter(char c) {
        return switch (c) {
            case 'b' -> "#0000ff";
            case 'g' -> "#008000";
            case 'r' -> "#ff0000";
            case 'c' -> "#00bfbf";
            case 'm' -> "#bf00bf";
            case 'y' -> "#bfbf00";
            case 'k' -> "#000000";
            case 'w' -> "#ffffff";
            default -> throw new IllegalArgumentException(String.valueOf(c));
        };
    }

    /** A colour a program named: a letter, a "tab:" or CSS name, "C0"…"C9" or "#rrggbb"; the page's canvas reads the rest. */
    static String named(String name) {
        if (name.length() == 1 && "bgrcmykw".indexOf(name.charAt(0)) >= 0) {
            return letter(name.charAt(0));
        }
        if (name.length() == 2 && name.charAt(0) == 'C' && Character.isDigit(name.charAt(1))) {
            return cycle(name.charAt(1) - '0');
        }
        if (name.startsWith("tab:")) {
            String[] names = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name.substring(4))) {
                    return CYCLE[i];
                }
            }
        }
        return name;
    }
}
