package dev.torchlet.python.lexer;

public enum TokenKind {
    NAME, INT, FLOAT, STRING, FSTRING, BYTES, OP, NEWLINE, INDENT, DEDENT, END
}
