package dev.torchlet.python.parser;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.lexer.Lexer;
import dev.torchlet.python.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an f-string's body into literal text and replacement fields
 * ({@code {expr!r:spec}}, {@code {expr=}}); a spec may itself hold fields ({@code {x:{width}}}).
 */
final class FStrings {
    private final String body;
    private final boolean raw;
    private final int line;
    private final int column;
    private int pos;

    private FStrings(String body, boolean raw, int line, int column) {
        this.body = body;
        this.raw = raw;
        this.line = line;
        this.column = column;
    }

    static void split(Token token, List<Expr> parts) {
        String prefix = token.text().substring(0, firstQuote(token.text())).toLowerCase();
        FStrings parser = new FStrings((String) token.value(), prefix.contains("r"), token.line(), token.column());
        parts.addAll(parser.parts(false));
    }

    private static int firstQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\'' || text.charAt(i) == '"') {
                return i;
            }
        }
        return 0;
    }

    private PythonSyntaxError error(String message) {
        return new PythonSyntaxError("f-string: " + message, line, column);
    }

    /** Text and fields up to the end of the body, or (inside a format spec) up to the closing brace. */
    private List<Expr> parts(boolean inSpec) {
        List<Expr> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '{') {
                if (!inSpec && pos + 1 < body.length() && body.charAt(pos + 1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                flush(text, parts);
                pos++;
                field(parts);
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (pos + 1 < body.length() && body.charAt(pos + 1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                throw error("single '}' is not allowed");
            } else {
                text.append(c);
                pos++;
            }
        }
        flush(text, parts);
        return parts;
    }

    private void flush(StringBuilder text, List<Expr> parts) {
        if (!text.isEmpty()) {
            parts.add(new Expr.Constant(raw ? text.toString() : Lexer.unescape(text.toString(), line), line));
            text.setLength(0);
        }
    }

    /** After '{': the expression, an optional '=', '!conversion' and ':spec', then '}'. */
    private void field(List<Expr> parts) {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && !next('='))
                    || (c == '=' && !next('=') && !isComparisonBefore(pos)))) {
                break;
            }
            pos++;
        }
        String source = body.substring(start, pos);
        if (source.isBlank()) {
            throw error("empty expression not allowed");
        }
        Expr value = Parser.parseEmbedded(source, line, column + start);
        char conversion = 0;
        boolean debug = false;
        if (pos < body.length() && body.charAt(pos) == '=') {
            // {x=} prints "x=" and then the repr, unless a conversion or spec says otherwise.
            debug = true;
            pos++;
            while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
                pos++;
            }
            parts.add(new Expr.Constant(body.substring(start, pos), line));
        }
        if (pos < body.length() && body.charAt(pos) == '!') {
            if (pos + 1 >= body.length() || "rsa".indexOf(body.charAt(pos + 1)) < 0) {
                throw error("invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = body.charAt(pos + 1);
            pos += 2;
        }
        Expr spec = null;
        if (pos < body.length() && body.charAt(pos) == ':') {
            pos++;
            spec = new Expr.FString(parts(true), line);
        }
        if (pos >= body.length() || body.charAt(pos) != '}') {
            throw error("expecting '}'");
        }
        pos++;
        if (debug && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        parts.add(new Expr.FormattedValue(value, conversion, spec, line));
    }

    private boolean next(char expected) {
        return pos + 1 < body.length() && body.charAt(pos + 1) == expected;
    }

    /** '=' that ends a comparison operator ({@code <=}, {@code >=}, {@code !=}, {@code ==}). */
    private boolean isComparisonBefore(int at) {
        return at > 0 && "<>!=".indexOf(body.charAt(at - 1)) >= 0;
    }
}
