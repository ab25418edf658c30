package dev.torchlet.engine;

/**
 * An error in tensor code, with the Python exception class it stands for, so the interpreter
 * can raise the exception PyTorch would raise, with PyTorch's wording.
 */
public final class TorchException extends RuntimeException {
    /** The Python exception class a Torchlet error becomes. */
    public enum Kind {
        RUNTIME_ERROR("RuntimeError"),
        INDEX_ERROR("IndexError"),
        VALUE_ERROR("ValueError"),
        TYPE_ERROR("TypeError"),
        KEY_ERROR("KeyError"),
        NOT_IMPLEMENTED_ERROR("NotImplementedError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;

    public TorchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static TorchException runtime(String message) {
        return new TorchException(Kind.RUNTIME_ERROR, message);
    }

    public static TorchException notImplemented(String what) {
        return new TorchException(Kind.NOT_IMPLEMENTED_ERROR, what + " is not supported by Torchlet yet");
    }

    public Kind kind() {
        return kind;
    }
}
