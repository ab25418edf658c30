package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A raised Python exception as it travels through Java: the exception object (made lazily for
 * errors raised by Java code, which give a class name and message), its chained cause/context,
 * and the traceback entries collected as it leaves each frame.
 */
public final class PythonException extends RuntimeException {
    private final String typeName;
    /** Text given by Java code, shown after the class name; null when raised from Python. */
    private final String nativeText;
    private PyObject value;
    private PythonException cause;
    private PythonException context;
    private boolean suppressContext;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    private Object lastFrame;

    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TracebackEntry(String filename, int line, String function, String sourceText) {
    }

    private PythonException(String typeName, String nativeText, PyObject value) {
        super(nativeText, null, false, false);
        this.typeName = typeName;
        this.nativeText = nativeText;
        this.value = value;
    }

    /** An error raised by Java code: {@code of("ValueError", "bad value")}. */
    public static PythonException of(String typeName, String message) {
        return new PythonException(typeName, message == null ? "" : message, null);
    }

    /** {@code raise value} in Python, where value is an exception instance. */
    public static PythonException raised(PyObject value) {
        if (value instanceof PyInstance instance && instance.raisedAs() != null) {
            // Raising an exception object again continues its existing traceback, as in Python.
            return instance.raisedAs();
        }
        PythonException e = new PythonException(value.typeName(), null, value);
        if (value instanceof PyInstance instance) {
            instance.setRaisedAs(e);
        }
        return e;
    }

    /** KeyError(key): its message is the key's repr, and {@code e.args[0]} is the key itself, as in Python. */
    public static PythonException keyError(PyObject key) {
        return raised(ExceptionTypes.instantiate(ExceptionTypes.get("KeyError"), List.of(key)));
    }

    public String typeName() {
        return typeName;
    }

    /** The exception object ({@code e} in {@code except ValueError as e}). */
    public PyObject value() {
        if (value == null) {
            PyType type = ExceptionTypes.get(typeName);
            PyInstance instance = ExceptionTypes.instantiate(type, nativeText.isEmpty() ? List.of() : List.of(new PyStr(nativeText)));
            instance.setRaisedAs(this);
            value = instance;
        }
        return value;
    }

    public PyType type() {
        return value != null ? value.type() : ExceptionTypes.get(typeName);
    }

    public boolean isInstanceOf(PyType cls) {
        return type().isSubtypeOf(cls);
    }

    @Override
    public String getMessage() {
        return text();
    }

    private String text() {
        return nativeText != null ? nativeText : value.str();
    }

    /** The last line of a traceback: {@code TypeName: message}, or just the name when there is no message. */
    public String describe() {
        String message = text();
        // CPython names the class alone for built-in and __main__ classes (Torchlet has no other modules of classes).
        return message.isEmpty() ? typeName : typeName + ": " + message;
    }

    /** {@code __cause__}: the exception named by {@code raise ... from}, or null. */
    public PythonException cause() {
        return cause;
    }

    /** {@code __context__}: the exception being handled when this one was raised, or null. */
    public PythonException context() {
        return context;
    }

    public boolean contextSuppressed() {
        return suppressContext;
    }

    public void setCause(PythonException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** {@code raise ... from None}. */
    public void suppressContext() {
        this.suppressContext = true;
    }

    /** The exception being handled when this one was raised (set once). */
    public void setContextIfAbsent(PythonException handling) {
        if (context == null && handling != this && !chainContains(handling)) {
            context = handling;
        }
    }

    private boolean chainContains(PythonException other) {
        for (PythonException e = other; e != null; e = e.context) {
            if (e == this) {
                return true;
            }
        }
        return false;
    }

    /** Records that the exception is leaving {@code frame} (outer frames are added in front, once each). */
    public void addFrame(Object frame, TracebackEntry entry) {
        if (frame != lastFrame) {
            traceback.add(0, entry);
            lastFrame = frame;
        }
    }

    /** The whole report, with chained exceptions first, as CPython prints an uncaught exception. */
    public String formatTraceback() {
        StringBuilder sb = new StringBuilder();
        if (cause != null) {
            sb.append(cause.formatTraceback())
                    .append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !suppressContext) {
            sb.append(context.formatTraceback())
                    .append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (!traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            TracebackText.appendEntries(sb, traceback);
        }
        return sb.append(describe()).append('\n').toString();
    }
}
