package dev.torchlet.python.lexer;

/** One token with where it starts (1-based line, 0-based column) for error messages and line tables. */
public record Token(TokenKind kind, String text, Object value, int line, int column) {

    public boolean is(TokenKind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return is(TokenKind.OP, t);
    }

    public boolean isName(String t) {
        return is(TokenKind.NAME, t);
    }
}
