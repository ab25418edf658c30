package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The methods of str, bound to one string, with CPython's results and errors. */
final class StrMethods {
    private StrMethods() {
    }

    static PyObject bind(String s, String name) {
        NativeFunction.Body body = switch (name) {
            case "split" -> (args, kwargs) -> split(s, args, kwargs, false, StrMethods::isSpace);
            case "rsplit" -> (args, kwargs) -> split(s, args, kwargs, true, StrMethods::isSpace);
            case "join" -> (args, kwargs) -> join(s, ArgumentCheck.one("str.join", args, kwargs));
            case "strip", "lstrip", "rstrip" -> (args, kwargs) -> {
                ArgumentCheck.range(name, args, kwargs, 0, 1);
                PyObject chars = args.isEmpty() ? PyNone.NONE : args.get(0);
                return new PyStr(strip(s, chars, name, !name.equals("rstrip"), !name.equals("lstrip")));
            };
            case "replace" -> (args, kwargs) -> {
                ArgumentCheck.range("replace", args, kwargs, 2, 3);
                return new PyStr(replace(s, text(args.get(0), "replace", 1), text(args.get(1), "replace", 2),
                        args.size() > 2 ? Conversions.index(args.get(2)) : -1));
            };
            case "upper" -> noArgs(name, () -> s.toUpperCase(Locale.ROOT));
            case "lower" -> noArgs(name, () -> s.toLowerCase(Locale.ROOT));
            case "casefold" -> noArgs(name, () -> s.toLowerCase(Locale.ROOT));
            case "swapcase" -> noArgs(name, () -> swapCase(s));
            case "title" -> noArgs(name, () -> title(s));
            case "capitalize" -> noArgs(name, () -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT));
            case "startswith", "endswith" -> (args, kwargs) -> affix(s, name, args, kwargs);
            case "find", "rfind", "index", "rindex", "count" -> (args, kwargs) -> search(s, name, args, kwargs);
            case "ljust", "rjust", "center" -> (args, kwargs) -> justify(s, name, args, kwargs);
            case "zfill" -> (args, kwargs) -> new PyStr(zfill(s, Conversions.index(ArgumentCheck.one("zfill", args, kwargs))));
            case "isdigit", "isdecimal", "isnumeric" -> predicate(name, s, Character::isDigit);
            case "isalpha" -> predicate(name, s, Character::isLetter);
            case "isalnum" -> predicate(name, s, Character::isLetterOrDigit);
            case "isspace" -> predicate(name, s, StrMethods::isSpace);
            case "isupper", "islower" -> (args, kwargs) -> {
                ArgumentCheck.none("str." + name, args, kwargs);
                return PyBool.of(caseCheck(s, name.equals("isupper")));
            };
            case "istitle" -> (args, kwargs) -> {
                ArgumentCheck.none("str.istitle", args, kwargs);
                return PyBool.of(!s.isEmpty() && title(s).equals(s) && hasCased(s));
            };
            case "isidentifier" -> predicate(name, s, c -> Character.isLetterOrDigit(c) || c == '_');
            case "splitlines" -> (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords("splitlines", kwargs, "keepends");
                PyObject keep = args.isEmpty() ? kwargs.getOrDefault("keepends", PyBool.FALSE) : args.get(0);
                return PySequence.list(splitLines(s, keep.isTruthy(), StrMethods::isLineBreak));
            };
            case "partition", "rpartition" -> (args, kwargs) -> partition(s, name, ArgumentCheck.one("str." + name, args, kwargs));
            case "removeprefix" -> (args, kwargs) -> {
                String p = text(ArgumentCheck.one("str.removeprefix", args, kwargs), "removeprefix", 1);
                return new PyStr(s.startsWith(p) ? s.substring(p.length()) : s);
            };
            case "removesuffix" -> (args, kwargs) -> {
                String p = text(ArgumentCheck.one("str.removesuffix", args, kwargs), "removesuffix", 1);
                return new PyStr(!p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
            };
            case "expandtabs" -> (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords("expandtabs", kwargs, "tabsize");
                PyObject size = args.isEmpty() ? kwargs.getOrDefault("tabsize", PyInt.of(8)) : args.get(0);
                return new PyStr(expandTabs(s, Conversions.index(size)));
            };
            case "format" -> (args, kwargs) -> new PyStr(StrFormat.format(s, args, kwargs));
            case "format_map" -> (args, kwargs) -> {
                PyObject mapping = ArgumentCheck.one("str.format_map", args, kwargs);
                return new PyStr(StrFormat.formatWithMapping(s, mapping));
            };
            case "encode" -> (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords("encode", kwargs, "encoding", "errors");
                if (args.size() > 2) {
                    throw PythonException.of("TypeError", "encode() takes at most 2 arguments (" + args.size() + " given)");
                }
                PyObject encoding = args.size() > 0 ? args.get(0) : kwargs.get("encoding");
                PyObject errors = args.size() > 1 ? args.get(1) : kwargs.get("errors");
                return PyBytes.bytes(TextCodecs.encode(s, encoding == null ? "utf-8" : TextCodecs.argument(encoding, "encode()", "encoding"),
                        errors == null ? "strict" : TextCodecs.argument(errors, "encode()", "errors")));
            };
            default -> null;
        };
        return body == null ? null : new NativeFunction(name, body);
    }

    private interface TextResult {
        String get();
    }

    interface CharTest {
        boolean test(char c);
    }

    private static NativeFunction.Body noArgs(String name, TextResult result) {
        return (args, kwargs) -> {
            ArgumentCheck.none("str." + name, args, kwargs);
            return new PyStr(result.get());
        };
    }

    private static NativeFunction.Body predicate(String name, String s, CharTest test) {
        return (args, kwargs) -> {
            ArgumentCheck.none("str." + name, args, kwargs);
            if (s.isEmpty()) {
                return PyBool.FALSE;
            }
            for (int i = 0; i < s.length(); i++) {
                if (!test.test(s.charAt(i))) {
                    return PyBool.FALSE;
                }
            }
            if (name.equals("isidentifier") && Character.isDigit(s.charAt(0))) {
                return PyBool.FALSE;
            }
            return PyBool.TRUE;
        };
    }

    /** Python's whitespace: str.isspace() and split()/strip() with no argument. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static String text(PyObject x, String method, int position) {
        if (!(x instanceof PyStr t)) {
            throw PythonException.of("TypeError", method + "() argument " + position + " must be str, not " + x.typeName());
        }
        return t.value();
    }

    /** split/rsplit; {@code space} is what separates words when no separator is given (bytes: ASCII whitespace only). */
    static PyObject split(String s, List<PyObject> args, Map<String, PyObject> kwargs, boolean fromRight, CharTest space) {
        String name = fromRight ? "rsplit" : "split";
        NativeFunction.rejectUnknownKeywords(name, kwargs, "sep", "maxsplit");
        if (args.size() > 2) {
            throw PythonException.of("TypeError", name + "() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject sepArgument = args.size() > 0 ? args.get(0) : kwargs.getOrDefault("sep", PyNone.NONE);
        long maxSplit = Conversions.index(args.size() > 1 ? args.get(1) : kwargs.getOrDefault("maxsplit", PyInt.of(-1)));
        if (maxSplit < 0) {
            maxSplit = Long.MAX_VALUE;
        }
        List<PyObject> parts = new ArrayList<>();
        if (sepArgument == PyNone.NONE) {
            splitWhitespace(s, maxSplit, fromRight, parts, space);
        } else {
            String sep = text(sepArgument, name, 1);
            if (sep.isEmpty()) {
                throw PythonException.of("ValueError", "empty separator");
            }
            if (fromRight) {
                int end = s.length();
                while (maxSplit-- > 0) {
                    int at = s.lastIndexOf(sep, end - sep.length());
                    if (at < 0) {
                        break;
                    }
                    parts.add(0, new PyStr(s.substring(at + sep.length(), end)));
                    end = at;
                }
                parts.add(0, new PyStr(s.substring(0, end)));
            } else {
                int start = 0;
                while (maxSplit-- > 0) {
                    int at = s.indexOf(sep, start);
                    if (at < 0) {
                        break;
                    }
                    parts.add(new PyStr(s.substring(start, at)));
                    start = at + sep.length();
                }
                parts.add(new PyStr(s.substring(start)));
            }
        }
        return PySequence.list(parts);
    }

    private static void splitWhitespace(String s, long maxSplit, boolean fromRight, List<PyObject> parts, CharTest space) {
        if (!fromRight) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && space.test(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (maxSplit-- <= 0) {
                    // The rest, with its trailing whitespace kept, is the last part.
                    parts.add(new PyStr(s.substring(i)));
                    return;
                }
                int start = i;
                while (i < n && !space.test(s.charAt(i))) {
                    i++;
                }
                parts.add(new PyStr(s.substring(start, i)));
            }
        }
        int i = s.length() - 1;
        while (true) {
            while (i >= 0 && space.test(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                return;
            }
            if (maxSplit-- <= 0) {
                parts.add(0, new PyStr(s.substring(0, i + 1)));
                return;
            }
            int end = i + 1;
            while (i >= 0 && !space.test(s.charAt(i))) {
                i--;
            }
            parts.add(0, new PyStr(s.substring(i + 1, end)));
        }
    }

    static PyObject join(String sep, PyObject iterable) {
        StringBuilder sb = new StringBuilder();
        List<PyObject> items = Sequences.toList(iterable);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyStr item)) {
                throw PythonException.of("TypeError", "sequence item " + i + ": expected str instance, "
                        + items.get(i).typeName() + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(item.value());
            Limits.checkItems(sb.length());
        }
        return new PyStr(sb.toString());
    }

    static String strip(String s, PyObject chars, String name, boolean left, boolean right) {
        String set = null;
        if (chars != PyNone.NONE) {
            if (!(chars instanceof PyStr c)) {
                throw PythonException.of("TypeError", name + " arg must be None or str");
            }
            set = c.value();
        }
        int start = 0;
        int end = s.length();
        while (left && start < end && (set == null ? isSpace(s.charAt(start)) : set.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (set == null ? isSpace(s.charAt(end - 1)) : set.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            // An empty pattern matches before every character and at the end.
            int i = 0;
            for (; i <= s.length(); i++) {
                if (count-- > 0) {
                    sb.append(replacement);
                } else {
                    sb.append(s, i, s.length());
                    return sb.toString();
                }
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
            }
            return sb.toString();
        }
        int start = 0;
        while (count-- > 0) {
            int at = s.indexOf(old, start);
            if (at < 0) {
                break;
            }
            sb.append(s, start, at).append(replacement);
            start = at + old.length();
        }
        return sb.append(s.substring(start)).toString();
    }

    private static String swapCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    /** CPython's title(): a cased character after an uncased one is upper case, other cased ones lower. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            sb.append(cased ? (previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c)) : c);
            previousCased = cased;
        }
        return sb.toString();
    }

    private static boolean hasCased(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean caseCheck(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return cased;
    }

    private static PyObject affix(String s, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.range(name, args, kwargs, 1, 3);
        int[] bounds = bounds(s, args);
        boolean outOfRange = bounds[0] > s.length();
        String window = outOfRange ? "" : s.substring(bounds[0], Math.max(bounds[0], bounds[1]));
        PyObject what = args.get(0);
        List<PyObject> candidates;
        if (what instanceof PySequence t && t.isTuple()) {
            candidates = t.items();
        } else if (what instanceof PyStr) {
            candidates = List.of(what);
        } else {
            throw PythonException.of("TypeError", name + " first arg must be str or a tuple of str, not " + what.typeName());
        }
        for (PyObject c : candidates) {
            if (!(c instanceof PyStr p)) {
                throw PythonException.of("TypeError", "tuple for " + name + " must only contain str, not " + c.typeName());
            }
            if (!outOfRange && bounds[1] >= bounds[0]
                    && (name.equals("startswith") ? window.startsWith(p.value()) : window.endsWith(p.value()))) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    /** The start and end arguments (positions 1 and 2) as clamped indices, like slice bounds. */
    private static int[] bounds(String s, List<PyObject> args) {
        int n = s.length();
        long start = args.size() > 1 && args.get(1) != PyNone.NONE ? Conversions.index(args.get(1)) : 0;
        long end = args.size() > 2 && args.get(2) != PyNone.NONE ? Conversions.index(args.get(2)) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        return new int[] {(int) Math.min(start, n + 1L), (int) Math.min(end, n)};
    }

    private static PyObject search(String s, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.range(name, args, kwargs, 1, 3);
        if (!(args.get(0) instanceof PyStr subStr)) {
            throw PythonException.of("TypeError", "must be str, not " + args.get(0).typeName());
        }
        String sub = subStr.value();
        int[] b = bounds(s, args);
        int start = b[0];
        int end = b[1];
        if (name.equals("count")) {
            if (start > s.length() || end < start) {
                return PyInt.of(0);
            }
            if (sub.isEmpty()) {
                return PyInt.of(end - start + 1);
            }
            int count = 0;
            int at = start;
            while ((at = s.indexOf(sub, at)) >= 0 && at + sub.length() <= end) {
                count++;
                at += sub.length();
            }
            return PyInt.of(count);
        }
        int found = -1;
        if (start <= s.length() && end - start >= sub.length()) {
            if (name.startsWith("r")) {
                int at = s.lastIndexOf(sub, end - sub.length());
                found = at >= start ? at : -1;
            } else {
                int at = s.indexOf(sub, start);
                found = at >= 0 && at + sub.length() <= end ? at : -1;
            }
        }
        if (found < 0 && name.contains("index")) {
            throw PythonException.of("ValueError", "substring not found");
        }
        return PyInt.of(found);
    }

    private static PyObject justify(String s, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.range(name, args, kwargs, 1, 2);
        long width = Conversions.index(args.get(0));
        String fill = " ";
        if (args.size() > 1) {
            if (!(args.get(1) instanceof PyStr f) || f.value().length() != 1) {
                throw PythonException.of("TypeError", "The fill character must be exactly one character long");
            }
            fill = f.value();
        }
        long margin = width - s.length();
        if (margin <= 0) {
            return new PyStr(s);
        }
        Limits.checkItems(width);
        return new PyStr(switch (name) {
            case "ljust" -> s + fill.repeat((int) margin);
            case "rjust" -> fill.repeat((int) margin) + s;
            default -> {
                // CPython's centring puts the odd space on the left when the width is odd.
                long left = margin / 2 + (margin & width & 1);
                yield fill.repeat((int) left) + s + fill.repeat((int) (margin - left));
            }
        });
    }

    static String zfill(String s, long width) {
        if (width <= s.length()) {
            return s;
        }
        Limits.checkItems(width);
        String zeros = "0".repeat((int) (width - s.length()));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** str.splitlines()'s line boundaries. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** splitlines; {@code isBreak} says what ends a line (\r\n counts as one break either way). */
    static List<PyObject> splitLines(String s, boolean keepEnds, CharTest isBreak) {
        List<PyObject> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isBreak.test(c)) {
                i++;
                continue;
            }
            int breakEnd = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            lines.add(new PyStr(s.substring(start, keepEnds ? breakEnd : i)));
            start = breakEnd;
            i = breakEnd;
        }
        if (start < s.length()) {
            lines.add(new PyStr(s.substring(start)));
        }
        return lines;
    }

    private static PyObject partition(String s, String name, PyObject sepArgument) {
        if (!(sepArgument instanceof PyStr sepStr)) {
            throw PythonException.of("TypeError", "must be str, not " + sepArgument.typeName());
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) {
            throw PythonException.of("ValueError", "empty separator");
        }
        boolean right = name.equals("rpartition");
        int at = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return right ? PySequence.tuple(List.of(new PyStr(""), new PyStr(""), new PyStr(s)))
                    : PySequence.tuple(List.of(new PyStr(s), new PyStr(""), new PyStr("")));
        }
        return PySequence.tuple(List.of(new PyStr(s.substring(0, at)), new PyStr(sep), new PyStr(s.substring(at + sep.length()))));
    }

    private static String expandTabs(String s, long tabSize) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabSize > 0) {
                    int spaces = (int) (tabSize - column % tabSize);
                    sb.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                sb.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }
}
