package dev.torchlet.python.parser;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.ast.Stmt;
import dev.torchlet.python.lexer.Lexer;
import dev.torchlet.python.lexer.Token;
import dev.torchlet.python.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the statements and expressions the interpreter runs today.
 * Anything else is a SyntaxError that names the construct, never a crash.
 */
public final class Parser {
    /** Statements Python has and Torchlet does not run yet: reported by name. */
    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of(
            "class", "try", "except", "finally", "yield",
            "raise", "del", "global", "nonlocal", "assert", "lambda", "async", "await", "match");
    private static final Set<String> COMPARISONS = Set.of("<", ">", "==", "!=", "<=", ">=");
    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parseModule(String source) {
        return new Parser(Lexer.tokenize(source)).module();
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private PythonSyntaxError error(String message, Token at) {
        return new PythonSyntaxError(message, at.line(), at.column());
    }

    private Token expectOp(String op) {
        Token t = next();
        if (!t.isOp(op)) {
            throw error(t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END ? "invalid syntax: expected '" + op + "'" : "invalid syntax", t);
        }
        return t;
    }

    private String expectName() {
        Token t = next();
        if (t.kind() != TokenKind.NAME) {
            throw error("invalid syntax", t);
        }
        return t.text();
    }

    private List<Stmt> module() {
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != TokenKind.END) {
            Token t = peek();
            if (t.kind() == TokenKind.NEWLINE) {
                next();
            } else if (t.kind() == TokenKind.INDENT) {
                throw error("unexpected indent", t);
            } else {
                statement(body);
            }
        }
        return body;
    }

    private void statement(List<Stmt> body) {
        Token t = peek();
        if (t.isName("if")) {
            body.add(ifStatement());
        } else if (t.isName("while")) {
            next();
            Expr test = expression();
            List<Stmt> loopBody = block();
            body.add(new Stmt.While(test, loopBody, elseBlock(), t.line()));
        } else if (t.isName("for")) {
            next();
            String target = expectName();
            Token in = next();
            if (!in.isName("in")) {
                throw error(in.isOp(",") ? "unpacking in 'for' targets is not supported by Torchlet yet" : "invalid syntax", in);
            }
            Expr iterable = expressionList();
            List<Stmt> loopBody = block();
            body.add(new Stmt.For(new Expr.Name(target, t.line()), iterable, loopBody, elseBlock(), t.line()));
        } else if (t.isName("with")) {
            next();
            Expr context = expression();
            String asName = null;
            if (peek().isName("as")) {
                next();
                asName = expectName();
            }
            if (peek().isOp(",")) {
                throw error("several context managers in one 'with' are not supported by Torchlet yet", peek());
            }
            body.add(new Stmt.With(context, asName, block(), t.line()));
        } else if (t.isName("def")) {
            body.add(functionDef());
        } else if (t.isName("elif") || t.isName("else")) {
            throw error("invalid syntax", t);
        } else {
            simpleStatements(body);
        }
    }

    private Stmt functionDef() {
        Token def = next();
        String name = expectName();
        expectOp("(");
        List<Stmt.Parameter> parameters = new ArrayList<>();
        while (!peek().isOp(")")) {
            Token t = peek();
            if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                throw error("'" + t.text() + "' parameters are not supported by Torchlet yet", t);
            }
            String parameter = expectName();
            if (peek().isOp(":")) {
                throw error("parameter annotations are not supported by Torchlet yet", peek());
            }
            Expr defaultValue = null;
            if (peek().isOp("=")) {
                next();
                defaultValue = expression();
            } else if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).defaultValue() != null) {
                throw error("non-default argument follows default argument", t);
            }
            for (Stmt.Parameter p : parameters) {
                if (p.name().equals(parameter)) {
                    throw error("duplicate argument '" + parameter + "' in function definition", t);
                }
            }
            parameters.add(new Stmt.Parameter(parameter, defaultValue));
            if (!peek().isOp(",")) {
                break;
            }
            next();
        }
        expectOp(")");
        if (peek().isOp("->")) {
            throw error("return annotations are not supported by Torchlet yet", peek());
        }
        return new Stmt.FunctionDef(name, parameters, block(), def.line());
    }

    private Stmt ifStatement() {
        Token t = next();
        Expr test = expression();
        List<Stmt> body = block();
        List<Stmt> orElse = List.of();
        if (peek().isName("elif")) {
            orElse = List.of(ifStatement());
        } else if (peek().isName("else")) {
            next();
            orElse = block();
        }
        return new Stmt.If(test, body, orElse, t.line());
    }

    private List<Stmt> elseBlock() {
        if (peek().isName("else")) {
            next();
            return block();
        }
        return List.of();
    }

    /** ':' then either statements on the same line or an indented block. */
    private List<Stmt> block() {
        expectOp(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() != TokenKind.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        next();
        Token indent = next();
        if (indent.kind() != TokenKind.INDENT) {
            throw error("expected an indented block", indent);
        }
        while (peek().kind() != TokenKind.DEDENT && peek().kind() != TokenKind.END) {
            if (peek().kind() == TokenKind.NEWLINE) {
                next();
            } else {
                statement(body);
            }
        }
        if (peek().kind() == TokenKind.DEDENT) {
            next();
        }
        return body;
    }

    private void simpleStatements(List<Stmt> body) {
        while (true) {
            body.add(simpleStatement());
            if (peek().isOp(";")) {
                next();
                if (peek().kind() == TokenKind.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        Token end = next();
        if (end.kind() != TokenKind.NEWLINE && end.kind() != TokenKind.END) {
            throw error("invalid syntax", end);
        }
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && UNSUPPORTED_KEYWORDS.contains(t.text())) {
            throw error("'" + t.text() + "' is not supported by Torchlet yet", t);
        }
        if (t.isName("pass")) {
            next();
            return new Stmt.Pass(t.line());
        }
        if (t.isName("return")) {
            next();
            Token after = peek();
            boolean bare = after.kind() == TokenKind.NEWLINE || after.kind() == TokenKind.END || after.isOp(";");
            return new Stmt.Return(bare ? null : expressionList(), t.line());
        }
        if (t.isName("break")) {
            next();
            return new Stmt.Break(t.line());
        }
        if (t.isName("continue")) {
            next();
            return new Stmt.Continue(t.line());
        }
        if (t.isName("import")) {
            next();
            List<Stmt.Alias> names = new ArrayList<>();
            do {
                String name = dottedName();
                names.add(new Stmt.Alias(name, optionalAs()));
            } while (peek().isOp(",") && next() != null);
            return new Stmt.Import(names, t.line());
        }
        if (t.isName("from")) {
            next();
            String module = dottedName();
            Token importWord = next();
            if (!importWord.isName("import")) {
                throw error("invalid syntax", importWord);
            }
            if (peek().isOp("*")) {
                throw error("'from ... import *' is not supported by Torchlet yet", peek());
            }
            boolean parenthesised = peek().isOp("(");
            if (parenthesised) {
                next();
            }
            List<Stmt.Alias> names = new ArrayList<>();
            do {
                if (parenthesised && peek().isOp(")")) {
                    break;
                }
                String name = expectName();
                names.add(new Stmt.Alias(name, optionalAs()));
            } while (peek().isOp(",") && next() != null);
            if (parenthesised) {
                expectOp(")");
            }
            return new Stmt.ImportFrom(module, names, t.line());
        }
        Expr first = expressionList();
        if (peek().kind() == TokenKind.OP && AUGMENTED.contains(peek().text())) {
            Token op = next();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute) && !(first instanceof Expr.Subscript)) {
                throw error("'" + (first instanceof Expr.TupleDisplay ? "tuple" : "expression")
                        + "' is an illegal expression for augmented assignment", op);
            }
            return new Stmt.AugAssign(first, op.text().substring(0, op.text().length() - 1), expressionList(), t.line());
        }
        if (!peek().isOp("=")) {
            return new Stmt.ExprStmt(first, t.line());
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (peek().isOp("=")) {
            Token eq = next();
            checkAssignable(value, eq);
            targets.add(value);
            value = expressionList();
        }
        return new Stmt.Assign(targets, value, t.line());
    }

    private void checkAssignable(Expr target, Token at) {
        if (!(target instanceof Expr.Name) && !(target instanceof Expr.Attribute) && !(target instanceof Expr.Subscript)) {
            String what = target instanceof Expr.Call ? "function call" : target instanceof Expr.Constant ? "literal" : "expression";
            throw new PythonSyntaxError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?",
                    at.line(), at.column());
        }
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName());
        while (peek().isOp(".")) {
            next();
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    private String optionalAs() {
        if (peek().isName("as")) {
            next();
            return expectName();
        }
        return null;
    }

    /** {@code a, b} without brackets is a tuple. */
    private Expr expressionList() {
        Expr first = expression();
        if (!peek().isOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (peek().isOp(",")) {
            next();
            if (endsExpressionList(peek())) {
                break;
            }
            items.add(expression());
        }
        return new Expr.TupleDisplay(items, first.line());
    }

    private static boolean endsExpressionList(Token t) {
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.isOp("=") || t.isOp(")") || t.isOp(";") || t.isOp(":");
    }

    private Expr expression() {
        Token t = peek();
        if (t.isName("lambda")) {
            throw error("'lambda' is not supported by Torchlet yet", t);
        }
        Expr e = disjunction();
        Token after = peek();
        if (after.isName("if") || after.isName("for")) {
            throw error("'" + after.text() + "' inside an expression is not supported by Torchlet yet", after);
        }
        return e;
    }

    private Expr disjunction() {
        return booleanChain("or", this::conjunction);
    }

    private Expr conjunction() {
        return booleanChain("and", this::inversion);
    }

    /** {@code a op b op c} for {@code and}/{@code or}, each operand parsed by {@code operand}. */
    private Expr booleanChain(String op, java.util.function.Supplier<Expr> operand) {
        Expr first = operand.get();
        if (!peek().isName(op)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (peek().isName(op)) {
            next();
            values.add(operand.get());
        }
        return new Expr.BoolOp(op, values, first.line());
    }

    private Expr inversion() {
        Token t = peek();
        if (t.isName("not")) {
            next();
            return new Expr.Not(inversion(), t.line());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = arithmetic();
        List<String> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            Token t = peek();
            String op;
            if (t.kind() == TokenKind.OP && COMPARISONS.contains(t.text())) {
                op = next().text();
            } else if (t.isName("in")) {
                next();
                op = "in";
            } else if (t.isName("not") && tokens.get(pos + 1).isName("in")) {
                next();
                next();
                op = "not in";
            } else if (t.isName("is")) {
                next();
                op = "is";
                if (peek().isName("not")) {
                    next();
                    op = "is not";
                }
            } else {
                break;
            }
            ops.add(op);
            comparators.add(arithmetic());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, left.line());
    }

    private Expr arithmetic() {
        Expr left = term();
        while (peek().isOp("+") || peek().isOp("-")) {
            Token op = next();
            left = new Expr.BinaryOp(op.text(), left, term(), op.line());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (peek().isOp("*") || peek().isOp("/") || peek().isOp("//") || peek().isOp("%") || peek().isOp("@")) {
            Token op = next();
            left = new Expr.BinaryOp(op.text(), left, factor(), op.line());
        }
        return left;
    }

    private Expr factor() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+")) {
            next();
            return new Expr.UnaryOp(t.text(), factor(), t.line());
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (peek().isOp("**")) {
            Token op = next();
            return new Expr.BinaryOp("**", base, factor(), op.line());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                e = new Expr.Attribute(e, expectName(), t.line());
            } else if (t.isOp("(")) {
                next();
                e = call(e, t);
            } else if (t.isOp("[")) {
                next();
                e = new Expr.Subscript(e, subscriptIndex(t), t.line());
            } else {
                return e;
            }
        }
    }

    /** The inside of {@code [...]}: one item, or several separated by commas (a tuple); items may be slices. */
    private Expr subscriptIndex(Token open) {
        List<Expr> items = new ArrayList<>();
        boolean trailingComma = false;
        while (!peek().isOp("]")) {
            items.add(subscriptItem());
            trailingComma = peek().isOp(",");
            if (!trailingComma) {
                break;
            }
            next();
        }
        expectOp("]");
        if (items.isEmpty()) {
            throw error("invalid syntax", open);
        }
        return items.size() == 1 && !trailingComma ? items.get(0) : new Expr.TupleDisplay(items, open.line());
    }

    private Expr subscriptItem() {
        Token t = peek();
        Expr lower = t.isOp(":") ? null : expression();
        if (!peek().isOp(":")) {
            return lower;
        }
        next();
        Expr upper = peek().isOp(":") || peek().isOp("]") || peek().isOp(",") ? null : expression();
        Expr step = null;
        if (peek().isOp(":")) {
            next();
            step = peek().isOp("]") || peek().isOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, t.line());
    }

    private Expr call(Expr function, Token open) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        while (!peek().isOp(")")) {
            Token t = peek();
            if (t.isOp("*") || t.isOp("**")) {
                throw error("'" + t.text() + "' arguments are not supported by Torchlet yet", t);
            }
            if (t.kind() == TokenKind.NAME && tokens.get(pos + 1).isOp("=")) {
                next();
                next();
                keywords.add(new Expr.Keyword(t.text(), expression()));
            } else {
                if (!keywords.isEmpty()) {
                    throw error("positional argument follows keyword argument", t);
                }
                args.add(expression());
            }
            if (!peek().isOp(",")) {
                break;
            }
            next();
        }
        expectOp(")");
        return new Expr.Call(function, args, keywords, open.line());
    }

    private Expr atom() {
        Token t = next();
        switch (t.kind()) {
            case INT, FLOAT, STRING -> {
                if (t.kind() == TokenKind.STRING) {
                    StringBuilder joined = new StringBuilder((String) t.value());
                    while (peek().kind() == TokenKind.STRING) {
                        joined.append((String) next().value());
                    }
                    return new Expr.Constant(joined.toString(), t.line());
                }
                return new Expr.Constant(t.value(), t.line());
            }
            case NAME -> {
                return switch (t.text()) {
                    case "True" -> new Expr.Constant(Boolean.TRUE, t.line());
                    case "False" -> new Expr.Constant(Boolean.FALSE, t.line());
                    case "None" -> new Expr.Constant(null, t.line());
                    default -> {
                        if (UNSUPPORTED_KEYWORDS.contains(t.text())) {
                            throw error("'" + t.text() + "' is not supported by Torchlet yet", t);
                        }
                        yield new Expr.Name(t.text(), t.line());
                    }
                };
            }
            case OP -> {
                if (t.isOp("(")) {
                    if (peek().isOp(")")) {
                        next();
                        return new Expr.TupleDisplay(List.of(), t.line());
                    }
                    Expr inner = expressionList();
                    expectOp(")");
                    return inner;
                }
                if (t.isOp("[")) {
                    List<Expr> items = new ArrayList<>();
                    while (!peek().isOp("]")) {
                        items.add(expression());
                        if (!peek().isOp(",")) {
                            break;
                        }
                        next();
                    }
                    expectOp("]");
                    return new Expr.ListDisplay(items, t.line());
                }
                if (t.isOp("{")) {
                    throw error("dict and set displays are not supported by Torchlet yet", t);
                }
                if (t.isOp("...")) {
                    return new Expr.Constant(dev.torchlet.python.runtime.PyEllipsis.ELLIPSIS, t.line());
                }
                throw error("invalid syntax", t);
            }
            case INDENT -> throw error("unexpected indent", t);
            default -> throw error(t.kind() == TokenKind.END ? "unexpected EOF while parsing" : "invalid syntax", t);
        }
    }
}
