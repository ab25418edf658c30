package dev.torchlet.python.lexer;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.runtime.BinaryToDouble;
import java.util.ArrayList;
import java.util.List;

/**
 * Python source → tokens: indentation becomes INDENT/DEDENT, newlines inside brackets and
 * after a backslash join lines, comments and blank lines vanish.
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=",
        "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "~", "&", "|", "^"
    };

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    private final List<Token> openBrackets = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String source) {
        this.src = source.replace("\r\n", "\n");
        indents.add(0);
    }

    public static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            if (atLineStart && openBrackets.isEmpty()) {
                if (!readIndentation()) {
                    continue;
                }
                atLineStart = false;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                newline(true);
                if (openBrackets.isEmpty()) {
                    add(TokenKind.NEWLINE, "\n", null, pos - 1);
                    atLineStart = true;
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos++;
                newline(true);
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                readNameOrPrefixedString();
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                readNumber();
            } else if (c == '\'' || c == '"') {
                readString(pos, false);
            } else {
                readOperator();
            }
        }
        if (!openBrackets.isEmpty()) {
            Token open = openBrackets.get(openBrackets.size() - 1);
            throw new PythonSyntaxError("'" + open.text() + "' was never closed", open.line(), open.column());
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            add(TokenKind.NEWLINE, "", null, pos);
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            add(TokenKind.DEDENT, "", null, pos);
        }
        add(TokenKind.END, "", null, pos);
    }

    /** Measures a line's indentation; returns false for blank and comment-only lines. */
    private boolean readIndentation() {
        int width = 0;
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            width = src.charAt(pos) == '\t' ? (width / 8 + 1) * 8 : width + 1;
            pos++;
        }
        if (pos >= src.length()) {
            return false;
        }
        char c = src.charAt(pos);
        if (c == '\n' || c == '#') {
            if (c == '#') {
                skipComment();
            }
            if (pos < src.length()) {
                newline(true);
            }
            return false;
        }
        int current = indents.get(indents.size() - 1);
        if (width > current) {
            indents.add(width);
            add(TokenKind.INDENT, "", null, pos);
        } else {
            while (width < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                add(TokenKind.DEDENT, "", null, pos);
            }
            if (width != indents.get(indents.size() - 1)) {
                throw new PythonSyntaxError("unindent does not match any outer indentation level", line, pos - lineStart);
            }
        }
        return true;
    }

    private void skipComment() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void newline(boolean consume) {
        if (consume) {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private void add(TokenKind kind, String text, Object value, int start) {
        tokens.add(new Token(kind, text, value, line, Math.max(0, start - lineStart)));
    }

    private void readNameOrPrefixedString() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_' || src.charAt(pos) > 127)) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isStringPrefix(word)) {
            readString(start, true);
            return;
        }
        add(TokenKind.NAME, word, null, start);
    }

    private static boolean isStringPrefix(String word) {
        String w = word.toLowerCase();
        return w.equals("r") || w.equals("u") || w.equals("f") || w.equals("b") || w.equals("rb") || w.equals("br")
                || w.equals("fr") || w.equals("rf");
    }

    private void readNumber() {
        int start = pos;
        boolean isFloat = false;
        if (src.startsWith("0x", pos) || src.startsWith("0X", pos) || src.startsWith("0o", pos) || src.startsWith("0O", pos)
                || src.startsWith("0b", pos) || src.startsWith("0B", pos)) {
            int radix = switch (Character.toLowerCase(src.charAt(pos + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            pos += 2;
            while (pos < src.length() && (Character.digit(src.charAt(pos), radix) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
            add(TokenKind.INT, src.substring(start, pos), parseInt(src.substring(start + 2, pos), radix, start), start);
            return;
        }
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                isFloat = true;
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw new PythonSyntaxError("complex numbers are not supported by Torchlet yet", line, start - lineStart);
        }
        String text = src.substring(start, pos);
        String digits = text.replace("_", "");
        if (isFloat) {
            add(TokenKind.FLOAT, text, BinaryToDouble.parseDecimal(digits), start);
        } else {
            add(TokenKind.INT, text, parseInt(digits, 10, start), start);
        }
    }

    private Long parseInt(String digits, int radix, int start) {
        String clean = digits.replace("_", "");
        if (clean.isEmpty()) {
            throw new PythonSyntaxError("invalid number literal", line, start - lineStart);
        }
        long value = 0;
        for (int i = 0; i < clean.length(); i++) {
            int d = Character.digit(clean.charAt(i), radix);
            if (value > (Long.MAX_VALUE - d) / radix) {
                throw new PythonSyntaxError("integer literal too large: Torchlet's int is 64-bit for now", line, start - lineStart);
            }
            value = value * radix + d;
        }
        return value;
    }

    /**
     * A string literal. An f-string's token keeps its body unescaped (its value): the parser splits
     * it into text and expressions, so escapes are applied there, to the text parts only. A bytes
     * literal's value is its bytes, a {@code byte[]}.
     */
    private void readString(int start, boolean prefixed) {
        String prefix = prefixed ? src.substring(start, pos).toLowerCase() : "";
        boolean raw = prefix.contains("r");
        boolean formatted = prefix.contains("f");
        boolean bytes = prefix.contains("b");
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        int startLine = line;
        int startColumn = start - lineStart;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new PythonSyntaxError(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + line + ")", startLine, startColumn);
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw new PythonSyntaxError("unterminated string literal (detected at line " + line + ")", startLine, startColumn);
                }
                value.append(c);
                newline(true);
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char next = src.charAt(pos + 1);
                if (bytes && next > 127) {
                    throw new PythonSyntaxError("bytes can only contain ASCII literal characters", startLine, startColumn);
                }
                if (raw || formatted) {
                    value.append(c).append(next);
                    pos += 2;
                } else {
                    pos = StringEscapes.decode(src, pos, value, startLine, startColumn, bytes, bodyStart);
                }
                if (next == '\n') {
                    line++;
                    lineStart = pos;
                }
                continue;
            }
            if (bytes && c > 127) {
                throw new PythonSyntaxError("bytes can only contain ASCII literal characters", startLine, startColumn);
            }
            value.append(c);
            pos++;
        }
        String text = src.substring(start, Math.min(pos, src.length()));
        if (bytes) {
            byte[] content = new byte[value.length()];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) value.charAt(i);
            }
            tokens.add(new Token(TokenKind.BYTES, text, content, startLine, startColumn));
            return;
        }
        tokens.add(new Token(formatted ? TokenKind.FSTRING : TokenKind.STRING, text, value.toString(), startLine, startColumn));
    }

    /** Applies backslash escapes to {@code text} (an f-string's literal part, on {@code line}). */
    public static String unescape(String text, int line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i = StringEscapes.decode(text, i, out, line, 0);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void readOperator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                int start = pos;
                pos += op.length();
                add(TokenKind.OP, op, null, start);
                Token token = tokens.get(tokens.size() - 1);
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    openBrackets.add(token);
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    closeBracket(token);
                }
                return;
            }
        }
        throw new PythonSyntaxError("invalid character '" + src.charAt(pos) + "' (U+" + Integer.toHexString(src.charAt(pos)).toUpperCase() + ")",
                line, pos - lineStart);
    }

    private void closeBracket(Token close) {
        if (openBrackets.isEmpty()) {
            throw new PythonSyntaxError("unmatched '" + close.text() + "'", close.line(), close.column());
        }
        Token open = openBrackets.remove(openBrackets.size() - 1);
        String expected = switch (open.text()) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
        if (!expected.equals(close.text())) {
            throw new PythonSyntaxError("closing parenthesis '" + close.text() + "' does not match opening parenthesis '"
                    + open.text() + "'", close.line(), close.column());
        }
    }
}
