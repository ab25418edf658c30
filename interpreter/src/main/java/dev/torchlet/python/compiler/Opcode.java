package dev.torchlet.python.compiler;

/** The VM's instructions. Each takes one int argument (ignored by some). */
public enum Opcode {
    LOAD_CONST, LOAD_NAME, STORE_NAME, LOAD_ATTR, STORE_ATTR, POP_TOP, DUP_TOP,
    /** arg: index into {@link CodeObject#operators()}. */
    BINARY_OP,
    UNARY_OP,
    /** arg: constant index of a tuple of keyword names for the next CALL. */
    KW_NAMES,
    /** arg: number of arguments (positional + keyword). */
    CALL,
    BUILD_LIST, BUILD_TUPLE,
    /** import a.b.c: pushes the top-level package {@code a}. */
    IMPORT_NAME,
    /** import a.b.c as x: pushes the module {@code a.b.c} itself. */
    IMPORT_MODULE,
    /** from m import n: reads n from the module on the stack, leaving the module there. */
    IMPORT_FROM,
    /** arg: index into {@link CodeObject#operators()} ({@code <}, {@code in}, {@code is not}, …). */
    COMPARE_OP,
    /** {@code a op= b}: the left operand's in-place method when it has one, else the binary operator. */
    INPLACE_OP,
    DUP_TOP_TWO,
    UNARY_NOT, ROT_TWO, ROT_THREE,
    /** Jumps: arg is the target instruction. */
    JUMP, POP_JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    /** Replaces the top of the stack with its iterator. */
    GET_ITER,
    /** Pushes the iterator's next value, or pops the iterator and jumps to arg when it is exhausted. */
    FOR_ITER,
    /** Pops a CodeConstant and arg default values; pushes the function. */
    MAKE_FUNCTION,
    /** Pops a context manager, enters it, remembers it on the frame's block stack, pushes what enter returned. */
    SETUP_WITH,
    /** Leaves the innermost with-block normally: exits its context manager. */
    POP_WITH,
    /** container[key]: pops key and container. */
    BINARY_SUBSCR,
    /** container[key] = value: pops key, container, value. */
    STORE_SUBSCR,
    /** Pops step, upper, lower (None or values); pushes a slice object. */
    BUILD_SLICE,
    RETURN_VALUE
}
