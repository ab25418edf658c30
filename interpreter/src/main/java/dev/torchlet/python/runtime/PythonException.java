package dev.torchlet.python.runtime;

/** A raised Python exception: its class name and message ({@code NameError: name 'x' is not defined}). */
public final class PythonException extends RuntimeException {
    private final String typeName;

    private PythonException(String typeName, String message) {
        super(message);
        this.typeName = typeName;
    }

    public static PythonException of(String typeName, String message) {
        return new PythonException(typeName, message);
    }

    public String typeName() {
        return typeName;
    }

    /** The last line of a traceback: {@code TypeName: message}, or just the name when there is no message. */
    public String describe() {
        String message = getMessage();
        return message == null || message.isEmpty() ? typeName : typeName + ": " + message;
    }
}
