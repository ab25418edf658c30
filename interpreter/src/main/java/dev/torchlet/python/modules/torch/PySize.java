package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.format.SizeText;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySlice;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.Size}: a tensor's shape, printing as {@code torch.Size([2, 3])} and otherwise a tuple
 * of ints (length, indexing, slicing to a Size, iteration, unpacking, comparison with tuples,
 * hashing, {@code numel()}), so {@code x.shape[0]} and {@code torch.zeros(x.shape)} work.
 */
final class PySize extends PyObject {
    private final long[] shape;
    private final PySequence tuple;

    PySize(long[] shape) {
        this.shape = shape.clone();
        List<PyObject> items = new ArrayList<>();
        for (long size : shape) {
            items.add(PyInt.of(size));
        }
        this.tuple = PySequence.tuple(items);
    }

    /** {@code torch.Size(sizes=())}: a Size from an iterable of ints. */
    static void define(dev.torchlet.python.runtime.PyModule torch) {
        torch.define("Size", new NativeFunction("Size", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("Size", kwargs);
            if (args.size() > 1) {
                throw dev.torchlet.python.runtime.PythonException.of("TypeError", "Size() takes at most 1 argument (" + args.size() + " given)");
            }
            List<PyObject> items = new ArrayList<>();
            if (!args.isEmpty()) {
                PyIterator iterator = args.get(0).iterate();
                while (iterator.hasNext()) {
                    items.add(iterator.next());
                }
            }
            return new PySize(Arguments.shape("Size", List.of(PySequence.tuple(items))));
        }));
    }

    long[] shape() {
        return shape.clone();
    }

    List<PyObject> items() {
        return tuple.items();
    }

    @Override
    public String typeName() {
        return "Size";
    }

    @Override
    public String repr() {
        return SizeText.torchSize(shape);
    }

    @Override
    public long length() {
        return shape.length;
    }

    @Override
    public boolean isTruthy() {
        return shape.length > 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject item = tuple.getItem(key);
        return key instanceof PySlice ? asSize(item) : item;
    }

    @Override
    public PyIterator iterate() {
        return tuple.iterate();
    }

    @Override
    public boolean contains(PyObject item) {
        return tuple.contains(item);
    }

    @Override
    public long hash() {
        return tuple.hash();
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        return tuple.compare(op, other instanceof PySize size ? size.tuple : other);
    }

    /** {@code size + tuple} and {@code size * n} stay Sizes, as in PyTorch; {@code tuple + size} is a tuple. */
    @Override
    public PyObject binaryOp(String op, PyObject other) {
        return asSize(tuple.binaryOp(op, other instanceof PySize size ? size.tuple : other));
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        if (op.equals("+")) {
            return other.binaryOp(op, tuple); // tuple + size: a tuple
        }
        PyObject result = tuple.reflectedBinaryOp(op, other);
        return op.equals("*") ? asSize(result) : result;
    }

    private static PyObject asSize(PyObject result) {
        if (!(result instanceof PySequence sequence) || !sequence.isTuple()) {
            return result;
        }
        long[] sizes = new long[sequence.items().size()];
        for (int i = 0; i < sizes.length; i++) {
            if (!(sequence.items().get(i) instanceof PyInt size)) {
                return result;
            }
            sizes[i] = size.value();
        }
        return new PySize(sizes);
    }

    @Override
    public PyObject getAttribute(String name) {
        if (name.equals("numel")) {
            return new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                long n = 1;
                for (long size : shape) {
                    n *= size;
                }
                return PyInt.of(n);
            });
        }
        if (name.equals("count") || name.equals("index")) {
            return tuple.getAttribute(name);
        }
        return super.getAttribute(name);
    }
}
