package dev.torchlet.python.runtime;

/**
 * An object that is not a type but answers {@code isinstance(x, it)} itself, as a class whose
 * metaclass defines {@code __instancecheck__} does in CPython (torch.FloatTensor: a tensor of
 * that dtype). {@code issubclass(cls, it)} is false for it.
 */
public interface InstanceCheck {
    boolean isInstance(PyObject object);
}
