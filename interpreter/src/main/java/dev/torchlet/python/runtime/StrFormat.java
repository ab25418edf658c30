package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/**
 * {@code str.format}: replacement fields {@code {}}, {@code {0}}, {@code {name}}, {@code {0.attr}},
 * {@code {0[key]}}, conversions {@code !r !s !a}, specs after {@code :} (which may hold nested
 * fields), {@code {{ }}} escapes; CPython's errors.
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** A source of field values: positional arguments plus a keyword lookup. */
    private interface KeywordLookup {
        PyObject get(String name);
    }

    public static String format(String template, List<PyObject> args, Map<String, PyObject> kwargs) {
        return new Run(args, name -> {
            PyObject value = kwargs.get(name);
            if (value == null) {
                throw PythonException.keyError(new PyStr(name));
            }
            return value;
        }).render(template, 2);
    }

    static String formatWithMapping(String template, PyObject mapping) {
        return new Run(List.of(), name -> mapping.getItem(new PyStr(name))).render(template, 2);
    }

    /** One formatting call: the automatic field counter is shared by nested specs. */
    private static final class Run {
        private final List<PyObject> args;
        private final KeywordLookup keywords;
        private int autoIndex;
        /** 0 unknown, 1 automatic numbering in use, 2 manual. */
        private int numbering;

        Run(List<PyObject> args, KeywordLookup keywords) {
            this.args = args;
            this.keywords = keywords;
        }

        String render(String template, int depthLeft) {
            if (depthLeft < 0) {
                throw PythonException.of("ValueError", "Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            int n = template.length();
            while (i < n) {
                char c = template.charAt(i);
                if (c == '}') {
                    if (i + 1 < n && template.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw PythonException.of("ValueError", "Single '}' encountered in format string");
                }
                if (c != '{') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < n && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                if (i + 1 >= n) {
                    throw PythonException.of("ValueError", "Single '{' encountered in format string");
                }
                // Find the matching '}', counting nested braces in the spec.
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    char d = template.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    if (depth > 0) {
                        j++;
                    }
                }
                if (depth > 0) {
                    throw PythonException.of("ValueError", "expected '}' before end of string");
                }
                out.append(field(template.substring(i + 1, j), depthLeft));
                i = j + 1;
            }
            return out.toString();
        }

        private String field(String field, int depthLeft) {
            // field_name [! conversion] [: spec]; the name ends at the first '!' or ':' outside brackets.
            int end = 0;
            boolean inBracket = false;
            while (end < field.length()) {
                char c = field.charAt(end);
                if (c == '[') {
                    inBracket = true;
                } else if (c == ']') {
                    inBracket = false;
                } else if (!inBracket && (c == '!' || c == ':')) {
                    break;
                }
                end++;
            }
            String name = field.substring(0, end);
            char conversion = 0;
            String spec = "";
            if (end < field.length() && field.charAt(end) == '!') {
                if (end + 1 >= field.length()) {
                    throw PythonException.of("ValueError", "end of string while looking for conversion specifier");
                }
                conversion = field.charAt(end + 1);
                end += 2;
                if (end < field.length() && field.charAt(end) != ':') {
                    throw PythonException.of("ValueError", "expected ':' after conversion specifier");
                }
            }
            if (end < field.length() && field.charAt(end) == ':') {
                spec = field.substring(end + 1);
            }
            PyObject value = lookup(name);
            switch (conversion) {
                case 0 -> { }
                case 'r' -> value = new PyStr(value.repr());
                case 's' -> value = new PyStr(value.str());
                case 'a' -> value = new PyStr(ascii(value.repr()));
                default -> throw PythonException.of("ValueError", "Unknown conversion specifier " + conversion);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depthLeft - 1);
            }
            return Formatter.format(value, spec);
        }

        private PyObject lookup(String name) {
            int i = 0;
            while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            PyObject value;
            if (first.isEmpty()) {
                if (numbering == 2) {
                    throw PythonException.of("ValueError", "cannot switch from manual field specification to automatic field numbering");
                }
                numbering = 1;
                value = positional(autoIndex++);
            } else if (isDigits(first)) {
                if (numbering == 1) {
                    throw PythonException.of("ValueError", "cannot switch from automatic field numbering to manual field specification");
                }
                numbering = 2;
                value = positional(Integer.parseInt(first));
            } else {
                value = keywords.get(first);
            }
            while (i < name.length()) {
                char c = name.charAt(i);
                if (c == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    if (j == i + 1) {
                        throw PythonException.of("ValueError", "Empty attribute in format string");
                    }
                    value = value.getAttribute(name.substring(i + 1, j));
                    i = j;
                } else if (c == '[') {
                    int j = name.indexOf(']', i);
                    if (j < 0) {
                        throw PythonException.of("ValueError", "Missing ']' in format string");
                    }
                    String key = name.substring(i + 1, j);
                    value = value.getItem(isDigits(key) ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                    i = j + 1;
                } else {
                    throw PythonException.of("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return value;
        }

        private PyObject positional(int index) {
            if (index >= args.size()) {
                throw PythonException.of("IndexError", "Replacement index " + index + " out of range for positional args tuple");
            }
            return args.get(index);
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code ascii()}: a repr with non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); i++) {
            char c = repr.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else if (c < 256) {
                sb.append("\\x").append(hex(c, 2));
            } else {
                sb.append("\\u").append(hex(c, 4));
            }
        }
        return sb.toString();
    }

    private static String hex(int value, int digits) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
