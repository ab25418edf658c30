package dev.torchlet.python.compiler;

/** The VM's instructions. Each takes one int argument (ignored by some). */
public enum Opcode {
    LOAD_CONST,
    /** Module and class bodies: the frame's own namespace, then globals, then builtins. */
    LOAD_NAME, STORE_NAME, DELETE_NAME,
    /** A function's local variable. */
    LOAD_FAST, STORE_FAST, DELETE_FAST,
    LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
    /** An enclosing function's variable; arg packs depth and name ({@link CodeObject#derefArgument}). */
    LOAD_DEREF, STORE_DEREF, DELETE_DEREF,
    LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
    POP_TOP, DUP_TOP, DUP_TOP_TWO, ROT_TWO, ROT_THREE,
    /** arg: index into {@link CodeObject#operators()}. */
    BINARY_OP,
    UNARY_OP,
    UNARY_NOT,
    /** arg: index into {@link CodeObject#operators()} ({@code <}, {@code in}, {@code is not}, …). */
    COMPARE_OP,
    /** {@code a op= b}: the left operand's in-place method when it has one, else the binary operator. */
    INPLACE_OP,
    /** arg: constant index of a tuple of keyword names for the next CALL. */
    KW_NAMES,
    /** arg: number of arguments (positional + keyword). */
    CALL,
    /** f(*args, **kwargs): pops [kwargs mapping if arg == 1], an args tuple, the function. */
    CALL_EX,
    /** arg: item count. */
    BUILD_LIST, BUILD_TUPLE, BUILD_SET,
    /** arg: number of key/value pairs (key pushed first). */
    BUILD_MAP,
    /** Comprehensions and starred displays: pops a value and adds it to the container arg deep (1 = below it). */
    LIST_APPEND, SET_ADD,
    /** Pops value then key; stores into the dict arg deep. */
    MAP_ADD,
    /** Pops an iterable and adds all its items to the list/set/dict arg deep. */
    LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
    LIST_TO_TUPLE,
    /** Pops an iterable, pushes its arg items in reverse order (so the first is on top). */
    UNPACK_SEQUENCE,
    /** Star unpacking: arg = before | after << 8; pushes after + 1 + before items, the middle as a list. */
    UNPACK_EX,
    /** Jumps: arg is the target instruction. */
    JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    /** Replaces the top of the stack with its iterator. */
    GET_ITER,
    /** Pushes the iterator's next value, or pops the iterator and jumps to arg when it is exhausted. */
    FOR_ITER,
    /**
     * Pops a CodeConstant, then (under it) a dict of keyword-only defaults if arg bit 16 is set, then
     * arg & 0xFFFF positional defaults; pushes the function, which closes over the current scope.
     */
    MAKE_FUNCTION,
    /** Pops arg base classes and the class body (a function); runs the body and pushes the new class. */
    BUILD_CLASS,
    /** Pops a context manager, enters it, pushes a with-block (arg: where to go if its exit suppresses an exception). */
    SETUP_WITH,
    /** Leaves the innermost with-block normally: exits its context manager. */
    POP_WITH,
    /** Pushes a handler block: an exception raised before POP_BLOCK jumps to arg (exception on the stack). */
    SETUP_EXCEPT,
    /** Pushes a finally block: an exception raised before POP_BLOCK jumps to arg (exception being handled). */
    SETUP_FINALLY,
    POP_BLOCK,
    /** Pops an exception class (or tuple), peeks the exception: pushes whether it matches. */
    CHECK_EXC_MATCH,
    /** Ends the handling of the innermost handled exception. */
    POP_EXCEPT,
    /** Re-raises the innermost handled exception (end of finally or of unmatched except clauses). */
    RERAISE,
    /** arg 0: bare raise; 1: raise exc; 2: raise exc from cause. */
    RAISE,
    /** assert failed: pops the message if arg is 1 and raises AssertionError. */
    ASSERT_FAIL,
    /** container[key]: pops key and container. */
    BINARY_SUBSCR,
    /** container[key] = value: pops key, container, value. */
    STORE_SUBSCR,
    /** Makes the scope's {@code __annotations__} dict if it has none yet (before an annotation is stored). */
    SETUP_ANNOTATIONS,
    DELETE_SUBSCR,
    /** Pops step, upper, lower (None or values); pushes a slice object. */
    BUILD_SLICE,
    /** f-string field: arg = conversion char | 0x10000 if a format spec string is on top. */
    FORMAT_VALUE,
    /** Concatenates arg strings. */
    BUILD_STRING,
    /** Suspends a generator, handing the top of the stack to its consumer; pushes None when resumed. */
    YIELD_VALUE,
    RETURN_VALUE,
    /** import a.b.c: pushes the top-level package {@code a}. */
    IMPORT_NAME,
    /** import a.b.c as x: pushes the module {@code a.b.c} itself. */
    IMPORT_MODULE,
    /** from m import n: reads n from the module on the stack, leaving the module there. */
    IMPORT_FROM
}
