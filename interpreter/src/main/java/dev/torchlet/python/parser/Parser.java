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
 * Recursive-descent parser for Python 3 statements and expressions, following the precedence of
 * CPython's grammar. What Torchlet does not run is a SyntaxError that names the construct.
 */
public final class Parser {
    /** Statements Python has and Torchlet does not run: reported by name. */
    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of("async", "await", "match");
    private static final Set<String> COMPARISONS = Set.of("<", ">", "==", "!=", "<=", ">=");
    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=",
            "^=", "<<=", ">>=");
    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parseModule(String source) {
        return new Parser(Lexer.tokenize(source)).module();
    }

    /** The source of {@code eval()}: expressions (a bare tuple allowed), then nothing but line ends. */
    public static Expr parseEvalInput(String source) {
        // eval() ignores leading spaces and tabs, so an indented expression is no indentation error.
        Parser p = new Parser(Lexer.tokenize(source.stripLeading()));
        Expr e = p.starExpressions();
        while (p.peek().kind() == TokenKind.NEWLINE) {
            p.next();
        }
        if (p.peek().kind() != TokenKind.END) {
            throw p.error("invalid syntax", p.peek());
        }
        return e;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAhead(int n) {
        return tokens.get(Math.min(pos + n, tokens.size() - 1));
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

    private void expectKeyword(String word) {
        Token t = next();
        if (!t.isName(word)) {
            throw error("invalid syntax", t);
        }
    }

    private String expectName() {
        Token t = next();
        if (t.kind() != TokenKind.NAME || RESERVED.contains(t.text())) {
            throw error("invalid syntax", t);
        }
        return t.text();
    }

    private boolean atLineEnd() {
        Token t = peek();
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.isOp(";");
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
            Expr test = namedExpression();
            List<Stmt> loopBody = block();
            body.add(new Stmt.While(test, loopBody, elseBlock(), t.line()));
        } else if (t.isName("for")) {
            next();
            Expr target = targetList();
            expectKeyword("in");
            Expr iterable = starExpressions();
            List<Stmt> loopBody = block();
            body.add(new Stmt.For(target, iterable, loopBody, elseBlock(), t.line()));
        } else if (t.isName("with")) {
            body.add(withStatement());
        } else if (t.isName("try")) {
            body.add(tryStatement());
        } else if (t.isName("def")) {
            body.add(functionDef(List.of()));
        } else if (t.isName("class")) {
            body.add(classDef(List.of()));
        } else if (t.isOp("@")) {
            List<Expr> decorators = new ArrayList<>();
            while (peek().isOp("@")) {
                next();
                decorators.add(namedExpression());
                Token end = next();
                if (end.kind() != TokenKind.NEWLINE) {
                    throw error("invalid syntax", end);
                }
            }
            if (peek().isName("def")) {
                body.add(functionDef(decorators));
            } else if (peek().isName("class")) {
                body.add(classDef(decorators));
            } else {
                throw error("invalid syntax", peek());
            }
        } else if (t.isName("elif") || t.isName("else") || t.isName("except") || t.isName("finally")) {
            throw error("invalid syntax", t);
        } else {
            simpleStatements(body);
        }
    }

    private Stmt withStatement() {
        Token with = next();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr context = expression();
            Expr target = null;
            if (peek().isName("as")) {
                next();
                target = target();
            }
            items.add(new Stmt.WithItem(context, target));
        } while (peek().isOp(",") && next() != null);
        return new Stmt.With(items, block(), with.line());
    }

    private Stmt tryStatement() {
        Token t = next();
        List<Stmt> body = block();
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (peek().isName("except")) {
            Token except = next();
            if (peek().isOp("*")) {
                throw error("'except*' is not supported by Torchlet yet", peek());
            }
            Expr type = null;
            String name = null;
            if (!peek().isOp(":")) {
                type = expression();
                if (peek().isOp(",")) {
                    throw error("multiple exception types must be parenthesized", peek());
                }
                if (peek().isName("as")) {
                    next();
                    name = expectName();
                }
            } else if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
                throw error("default 'except:' must be last", except);
            }
            handlers.add(new Stmt.ExceptHandler(type, name, block(), except.line()));
        }
        List<Stmt> orElse = List.of();
        if (peek().isName("else")) {
            if (handlers.isEmpty()) {
                throw error("invalid syntax", peek());
            }
            next();
            orElse = block();
        }
        List<Stmt> finalBody = List.of();
        if (peek().isName("finally")) {
            next();
            finalBody = block();
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", peek());
        }
        return new Stmt.Try(body, handlers, orElse, finalBody, t.line());
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token def = next();
        String name = expectName();
        expectOp("(");
        Stmt.Parameters parameters = parameters(")", true);
        expectOp(")");
        if (peek().isOp("->")) {
            next();
            expression();
        }
        return new Stmt.FunctionDef(name, parameters, block(), decorators, def.line());
    }

    private Stmt classDef(List<Expr> decorators) {
        Token t = next();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        if (peek().isOp("(")) {
            Token open = next();
            Expr.Call call = (Expr.Call) call(new Expr.Name(name, t.line()), open);
            if (!call.keywords().isEmpty()) {
                throw error("class keywords (such as metaclass=) are not supported by Torchlet yet", open);
            }
            for (Expr base : call.args()) {
                if (base instanceof Expr.Starred) {
                    throw error("starred base classes are not supported by Torchlet yet", open);
                }
                bases.add(base);
            }
        }
        return new Stmt.ClassDef(name, bases, block(), decorators, t.line());
    }

    /** A parameter list up to {@code closer}: {@code a, b=1, /, c, *args, d, e=2, **kwargs}. */
    private Stmt.Parameters parameters(String closer, boolean annotations) {
        List<Stmt.Parameter> positional = new ArrayList<>();
        List<Stmt.Parameter> keywordOnly = new ArrayList<>();
        String varArgs = null;
        String varKeywords = null;
        boolean afterStar = false;
        List<String> seen = new ArrayList<>();
        while (!peek().isOp(closer)) {
            Token t = peek();
            if (varKeywords != null) {
                throw error("arguments cannot follow var-keyword argument", t);
            }
            if (t.isOp("/")) {
                next();
            } else if (t.isOp("**")) {
                next();
                varKeywords = parameterName(seen, annotations);
            } else if (t.isOp("*")) {
                next();
                if (afterStar) {
                    throw error("* argument may appear only once", t);
                }
                afterStar = true;
                if (!peek().isOp(",") && !peek().isOp(closer)) {
                    varArgs = parameterName(seen, annotations);
                }
            } else {
                String name = parameterName(seen, annotations);
                Expr defaultValue = null;
                if (peek().isOp("=")) {
                    next();
                    defaultValue = expression();
                } else if (!afterStar && !positional.isEmpty() && positional.get(positional.size() - 1).defaultValue() != null) {
                    throw error("non-default argument follows default argument", t);
                }
                (afterStar ? keywordOnly : positional).add(new Stmt.Parameter(name, defaultValue));
            }
            if (!peek().isOp(",")) {
                break;
            }
            next();
        }
        return new Stmt.Parameters(positional, varArgs, keywordOnly, varKeywords);
    }

    private String parameterName(List<String> seen, boolean annotations) {
        Token t = peek();
        String name = expectName();
        if (seen.contains(name)) {
            throw error("duplicate argument '" + name + "' in function definition", t);
        }
        seen.add(name);
        if (annotations && peek().isOp(":")) {
            next();
            expression();
        }
        return name;
    }

    private Stmt ifStatement() {
        Token t = next();
        Expr test = namedExpression();
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
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    next();
                    return new Stmt.Pass(t.line());
                }
                case "return" -> {
                    next();
                    return new Stmt.Return(atLineEnd() ? null : starExpressions(), t.line());
                }
                case "break" -> {
                    next();
                    return new Stmt.Break(t.line());
                }
                case "continue" -> {
                    next();
                    return new Stmt.Continue(t.line());
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "raise" -> {
                    next();
                    Expr exception = atLineEnd() ? null : expression();
                    Expr cause = null;
                    if (exception != null && peek().isName("from")) {
                        next();
                        cause = expression();
                    }
                    return new Stmt.Raise(exception, cause, t.line());
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr message = null;
                    if (peek().isOp(",")) {
                        next();
                        message = expression();
                    }
                    return new Stmt.Assert(test, message, t.line());
                }
                case "del" -> {
                    next();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atLineEnd()) {
                            break;
                        }
                        Expr target = bitwiseOr();
                        checkDeletable(target, t);
                        targets.add(target);
                    } while (peek().isOp(",") && next() != null);
                    return new Stmt.Delete(targets, t.line());
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (peek().isOp(",") && next() != null);
                    return t.text().equals("global") ? new Stmt.Global(names, t.line()) : new Stmt.Nonlocal(names, t.line());
                }
                default -> {
                }
            }
        }
        Expr first = peek().isName("yield") ? yieldExpression() : starExpressions();
        if (peek().kind() == TokenKind.OP && AUGMENTED.contains(peek().text())) {
            Token op = next();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute) && !(first instanceof Expr.Subscript)) {
                throw error("'" + (first instanceof Expr.TupleDisplay ? "tuple" : "expression")
                        + "' is an illegal expression for augmented assignment", op);
            }
            Expr value = peek().isName("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(first, op.text().substring(0, op.text().length() - 1), value, t.line());
        }
        if (peek().isOp(":")) {
            Token colon = next();
            if (!(first instanceof Expr.Name) && !(first instanceof Expr.Attribute) && !(first instanceof Expr.Subscript)) {
                throw error("only single target (not tuple) can be annotated", colon);
            }
            Expr annotation = expression();
            if (!peek().isOp("=")) {
                return new Stmt.AnnAssign(first, annotation, null, t.line());
            }
            next();
            return new Stmt.AnnAssign(first, annotation, peek().isName("yield") ? yieldExpression() : starExpressions(), t.line());
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
            value = peek().isName("yield") ? yieldExpression() : starExpressions();
        }
        return new Stmt.Assign(targets, value, t.line());
    }

    private Stmt importStatement() {
        Token t = next();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            String name = dottedName();
            names.add(new Stmt.Alias(name, optionalAs()));
        } while (peek().isOp(",") && next() != null);
        return new Stmt.Import(names, t.line());
    }

    private Stmt fromImport() {
        Token t = next();
        if (peek().isOp(".") || peek().isOp("...")) {
            throw error("relative imports are not supported by Torchlet", peek());
        }
        String module = dottedName();
        expectKeyword("import");
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

    private void checkAssignable(Expr target, Token at) {
        switch (target) {
            case Expr.Name n -> {
            }
            case Expr.Attribute a -> {
            }
            case Expr.Subscript s -> {
            }
            case Expr.Starred s -> checkAssignable(s.value(), at);
            case Expr.TupleDisplay t -> t.items().forEach(item -> checkAssignable(item, at));
            case Expr.ListDisplay l -> l.items().forEach(item -> checkAssignable(item, at));
            default -> {
                String what = target instanceof Expr.Call ? "function call" : target instanceof Expr.Constant ? "literal" : "expression";
                throw new PythonSyntaxError("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?",
                        at.line(), at.column());
            }
        }
    }

    private void checkDeletable(Expr target, Token at) {
        switch (target) {
            case Expr.Name n -> {
            }
            case Expr.Attribute a -> {
            }
            case Expr.Subscript s -> {
            }
            case Expr.TupleDisplay t -> t.items().forEach(item -> checkDeletable(item, at));
            case Expr.ListDisplay l -> l.items().forEach(item -> checkDeletable(item, at));
            default -> throw new PythonSyntaxError("cannot delete " + (target instanceof Expr.Call ? "function call"
                    : target instanceof Expr.Constant ? "literal" : "expression"), at.line(), at.column());
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

    /** A for/with/comprehension target: {@code x}, {@code i, (a, b)}, {@code *rest}. */
    private Expr targetList() {
        Expr first = target();
        if (!peek().isOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (peek().isOp(",")) {
            next();
            if (peek().isName("in") || peek().isOp("=")) {
                break;
            }
            items.add(target());
        }
        return new Expr.TupleDisplay(items, first.line());
    }

    private Expr target() {
        Token t = peek();
        Expr e;
        if (t.isOp("*")) {
            next();
            e = new Expr.Starred(bitwiseOr(), t.line());
        } else {
            e = bitwiseOr();
        }
        checkAssignable(e, t);
        return e;
    }

    /** {@code a, *b} without brackets is a tuple; items may be starred. */
    private Expr starExpressions() {
        Expr first = starExpression();
        if (!peek().isOp(",")) {
            if (first instanceof Expr.Starred s) {
                throw new PythonSyntaxError("can't use starred expression here", s.line(), 0);
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (peek().isOp(",")) {
            next();
            if (endsExpressionList(peek())) {
                break;
            }
            items.add(starExpression());
        }
        return new Expr.TupleDisplay(items, first.line());
    }

    private Expr starExpression() {
        Token t = peek();
        if (t.isOp("*")) {
            next();
            return new Expr.Starred(bitwiseOr(), t.line());
        }
        return namedExpression();
    }

    private static boolean endsExpressionList(Token t) {
        return t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.END || t.isOp("=") || t.isOp(")") || t.isOp(";")
                || t.isOp(":") || t.isOp("]") || t.isOp("}") || (t.kind() == TokenKind.OP && AUGMENTED.contains(t.text()));
    }

    private Expr yieldExpression() {
        Token t = next();
        if (peek().isName("from")) {
            next();
            return new Expr.YieldFrom(expression(), t.line());
        }
        boolean bare = atLineEnd() || peek().isOp(")") || peek().isOp("=");
        return new Expr.Yield(bare ? null : starExpressions(), t.line());
    }

    /** An expression that may be {@code name := value}. */
    private Expr namedExpression() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && peekAhead(1).isOp(":=")) {
            next();
            next();
            return new Expr.NamedExpr(new Expr.Name(t.text(), t.line()), expression(), t.line());
        }
        return expression();
    }

    private Expr expression() {
        Token t = peek();
        if (t.isName("lambda")) {
            next();
            Stmt.Parameters parameters = parameters(":", false);
            expectOp(":");
            return new Expr.Lambda(parameters, expression(), t.line());
        }
        Expr e = disjunction();
        if (peek().isName("if")) {
            next();
            Expr test = disjunction();
            Token elseWord = next();
            if (!elseWord.isName("else")) {
                throw error("expected 'else' after 'if' expression", elseWord);
            }
            return new Expr.IfExp(test, e, expression(), t.line());
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
        Expr left = bitwiseOr();
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
            } else if (t.isName("not") && peekAhead(1).isName("in")) {
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
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(left, ops, comparators, left.line());
    }

    /** Left-associative binary operators of one precedence level. */
    private Expr binaryLevel(java.util.function.Supplier<Expr> operand, String... ops) {
        Expr left = operand.get();
        while (true) {
            Token t = peek();
            String matched = null;
            for (String op : ops) {
                if (t.isOp(op)) {
                    matched = op;
                }
            }
            if (matched == null) {
                return left;
            }
            next();
            left = new Expr.BinaryOp(matched, left, operand.get(), t.line());
        }
    }

    private Expr bitwiseOr() {
        return binaryLevel(this::bitwiseXor, "|");
    }

    private Expr bitwiseXor() {
        return binaryLevel(this::bitwiseAnd, "^");
    }

    private Expr bitwiseAnd() {
        return binaryLevel(this::shift, "&");
    }

    private Expr shift() {
        return binaryLevel(this::arithmetic, "<<", ">>");
    }

    private Expr arithmetic() {
        return binaryLevel(this::term, "+", "-");
    }

    private Expr term() {
        return binaryLevel(this::factor, "*", "/", "//", "%", "@");
    }

    private Expr factor() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
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
        if (t.isOp("*")) {
            next();
            return new Expr.Starred(bitwiseOr(), t.line());
        }
        Expr lower = t.isOp(":") ? null : namedExpression();
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
            if (t.isOp("**")) {
                next();
                keywords.add(new Expr.Keyword(null, expression()));
            } else if (t.isOp("*")) {
                next();
                args.add(new Expr.Starred(expression(), t.line()));
            } else if (t.kind() == TokenKind.NAME && peekAhead(1).isOp("=")) {
                next();
                next();
                keywords.add(new Expr.Keyword(t.text(), expression()));
            } else {
                if (!keywords.isEmpty()) {
                    throw error(keywords.get(keywords.size() - 1).name() == null
                            ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", t);
                }
                Expr argument = namedExpression();
                if (peek().isName("for")) {
                    argument = comprehension(Expr.ComprehensionKind.GENERATOR, argument, null, t);
                    if (!args.isEmpty() || peek().isOp(",")) {
                        throw error("Generator expression must be parenthesized", t);
                    }
                }
                args.add(argument);
            }
            if (!peek().isOp(",")) {
                break;
            }
            next();
        }
        expectOp(")");
        return new Expr.Call(function, args, keywords, open.line());
    }

    /** The {@code for ... in ... if ...} clauses after a comprehension's element. */
    private Expr comprehension(Expr.ComprehensionKind kind, Expr element, Expr value, Token open) {
        List<Expr.ComprehensionClause> clauses = new ArrayList<>();
        while (peek().isName("for")) {
            Token forWord = next();
            if (peek().isName("async")) {
                throw error("asynchronous comprehensions are not supported by Torchlet", forWord);
            }
            Expr target = targetList();
            expectKeyword("in");
            Expr iterable = disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (peek().isName("if")) {
                next();
                conditions.add(disjunction());
            }
            clauses.add(new Expr.ComprehensionClause(target, iterable, conditions));
        }
        return new Expr.Comprehension(kind, element, value, clauses, open.line());
    }

    private Expr atom() {
        Token t = next();
        switch (t.kind()) {
            case INT, FLOAT -> {
                return new Expr.Constant(t.value(), t.line());
            }
            case STRING, FSTRING, BYTES -> {
                return strings(t);
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
                        if (RESERVED.contains(t.text())) {
                            throw error("invalid syntax", t);
                        }
                        yield new Expr.Name(t.text(), t.line());
                    }
                };
            }
            case OP -> {
                return bracketed(t);
            }
            case INDENT -> throw error("unexpected indent", t);
            default -> throw error(t.kind() == TokenKind.END ? "unexpected EOF while parsing" : "invalid syntax", t);
        }
    }

    private Expr bracketed(Token t) {
        if (t.isOp("...")) {
            return new Expr.Constant(Expr.ELLIPSIS, t.line());
        }
        if (t.isOp("(")) {
            if (peek().isOp(")")) {
                next();
                return new Expr.TupleDisplay(List.of(), t.line());
            }
            if (peek().isName("yield")) {
                Expr inner = yieldExpression();
                expectOp(")");
                return inner;
            }
            Expr first = starExpression();
            if (peek().isName("for")) {
                Expr generator = comprehension(Expr.ComprehensionKind.GENERATOR, first, null, t);
                expectOp(")");
                return generator;
            }
            if (!peek().isOp(",")) {
                expectOp(")");
                return first;
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            while (peek().isOp(",")) {
                next();
                if (peek().isOp(")")) {
                    break;
                }
                items.add(starExpression());
            }
            expectOp(")");
            return new Expr.TupleDisplay(items, t.line());
        }
        if (t.isOp("[")) {
            if (peek().isOp("]")) {
                next();
                return new Expr.ListDisplay(List.of(), t.line());
            }
            Expr first = starExpression();
            if (peek().isName("for")) {
                Expr list = comprehension(Expr.ComprehensionKind.LIST, first, null, t);
                expectOp("]");
                return list;
            }
            List<Expr> items = new ArrayList<>(List.of(first));
            while (peek().isOp(",")) {
                next();
                if (peek().isOp("]")) {
                    break;
                }
                items.add(starExpression());
            }
            expectOp("]");
            return new Expr.ListDisplay(items, t.line());
        }
        if (t.isOp("{")) {
            return braces(t);
        }
        throw error("invalid syntax", t);
    }

    /** {@code {}} dict, {@code {k: v}} dict, {@code {a, b}} set, and their comprehensions. */
    private Expr braces(Token open) {
        if (peek().isOp("}")) {
            next();
            return new Expr.DictDisplay(List.of(), List.of(), open.line());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean isDict = peek().isOp("**") || !peek().isOp("*");
        Expr firstKey = null;
        if (peek().isOp("**")) {
            next();
            keys.add(null);
            values.add(bitwiseOr());
        } else {
            firstKey = starExpression();
            if (peek().isOp(":") && !(firstKey instanceof Expr.Starred)) {
                next();
                Expr firstValue = expression();
                if (peek().isName("for")) {
                    Expr dict = comprehension(Expr.ComprehensionKind.DICT, firstKey, firstValue, open);
                    expectOp("}");
                    return dict;
                }
                keys.add(firstKey);
                values.add(firstValue);
            } else {
                isDict = false;
            }
        }
        if (!isDict) {
            if (peek().isName("for")) {
                Expr set = comprehension(Expr.ComprehensionKind.SET, firstKey, null, open);
                expectOp("}");
                return set;
            }
            List<Expr> items = new ArrayList<>(List.of(firstKey));
            while (peek().isOp(",")) {
                next();
                if (peek().isOp("}")) {
                    break;
                }
                items.add(starExpression());
            }
            expectOp("}");
            return new Expr.SetDisplay(items, open.line());
        }
        while (peek().isOp(",")) {
            next();
            if (peek().isOp("}")) {
                break;
            }
            if (peek().isOp("**")) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expectOp(":");
                values.add(expression());
            }
        }
        expectOp("}");
        return new Expr.DictDisplay(keys, values, open.line());
    }

    /**
     * Adjacent string literals concatenate; if any is an f-string the whole is one f-string. Bytes
     * literals concatenate only with bytes literals.
     */
    private Expr strings(Token first) {
        if (first.kind() == TokenKind.BYTES) {
            return bytesLiterals(first);
        }
        List<Expr> parts = new ArrayList<>();
        boolean formatted = false;
        Token t = first;
        while (true) {
            if (t.kind() == TokenKind.FSTRING) {
                formatted = true;
                FStrings.split(t, parts);
            } else {
                parts.add(new Expr.Constant(t.value(), t.line()));
            }
            if (peek().kind() == TokenKind.BYTES) {
                throw error("cannot mix bytes and nonbytes literals", first);
            }
            if (peek().kind() != TokenKind.STRING && peek().kind() != TokenKind.FSTRING) {
                break;
            }
            t = next();
        }
        if (!formatted) {
            StringBuilder joined = new StringBuilder();
            parts.forEach(p -> joined.append((String) ((Expr.Constant) p).value()));
            return new Expr.Constant(joined.toString(), first.line());
        }
        return new Expr.FString(parts, first.line());
    }

    /** Adjacent bytes literals: one constant whose value is a {@code byte[]}. */
    private Expr bytesLiterals(Token first) {
        byte[] joined = new byte[0];
        Token t = first;
        while (true) {
            byte[] content = (byte[]) t.value();
            byte[] longer = java.util.Arrays.copyOf(joined, joined.length + content.length);
            System.arraycopy(content, 0, longer, joined.length, content.length);
            joined = longer;
            if (peek().kind() == TokenKind.STRING || peek().kind() == TokenKind.FSTRING) {
                throw error("cannot mix bytes and nonbytes literals", first);
            }
            if (peek().kind() != TokenKind.BYTES) {
                break;
            }
            t = next();
        }
        return new Expr.Constant(joined, first.line());
    }

    /** Parses one expression from an f-string replacement field, its tokens placed at {@code line}. */
    static Expr parseEmbedded(String source, int line, int column) {
        List<Token> shifted = new ArrayList<>();
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize("(" + source + ")");
        } catch (PythonSyntaxError e) {
            throw new PythonSyntaxError("f-string: " + e.getMessage(), line + e.line() - 1, column);
        }
        for (Token t : tokens) {
            shifted.add(new Token(t.kind(), t.text(), t.value(), line + t.line() - 1, column + t.column()));
        }
        Parser parser = new Parser(shifted);
        Expr e = parser.starExpressions();
        if (parser.peek().kind() != TokenKind.NEWLINE && parser.peek().kind() != TokenKind.END) {
            throw parser.error("f-string: invalid syntax", parser.peek());
        }
        return e;
    }
}
