package dev.torchlet.python.lexer;

public enum TokenKind {
    NAME, INT, FLOAT, STRING, OP, NEWLINE, INDENT, DEDENT, END
}
