package dev.torchlet.python.runtime;

/** The methods only a bytearray has: those that change it in place, with CPython's errors. */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    static NativeFunction.Body body(PyBytes self, String name) {
        return switch (name) {
            case "append" -> (args, kwargs) -> {
                int b = PyBytes.byteValue(ArgumentCheck.one("bytearray.append", args, kwargs), "byte must be in range(0, 256)");
                self.append(new byte[] {(byte) b});
                return PyNone.NONE;
            };
            case "extend" -> (args, kwargs) -> {
                PyObject source = ArgumentCheck.one("bytearray.extend", args, kwargs);
                if (!(source instanceof PyBytes) && !PyBytes.isIterable(source)) {
                    throw PythonException.of("TypeError", "can't extend bytearray with " + source.typeName());
                }
                self.append(source instanceof PyBytes b ? b.toArray() : PyBytes.fromIterable(source, "byte must be in range(0, 256)"));
                return PyNone.NONE;
            };
            case "insert" -> (args, kwargs) -> {
                ArgumentCheck.exactly("insert", args, kwargs, 2);
                long n = self.size();
                long at = Conversions.index(args.get(0));
                at = at < 0 ? Math.max(0, at + n) : Math.min(at, n);
                int b = PyBytes.byteValue(args.get(1), "byte must be in range(0, 256)");
                self.setItem(new PySlice(PyInt.of(at), PyInt.of(at), PyNone.NONE), PyBytes.bytes(new byte[] {(byte) b}));
                return PyNone.NONE;
            };
            case "pop" -> (args, kwargs) -> {
                ArgumentCheck.range("pop", args, kwargs, 0, 1);
                if (self.size() == 0) {
                    throw PythonException.of("IndexError", "pop from empty bytearray");
                }
                long n = self.size();
                long at = args.isEmpty() ? n - 1 : Conversions.index(args.get(0));
                at = at < 0 ? at + n : at;
                if (at < 0 || at >= n) {
                    throw PythonException.of("IndexError", "pop index out of range");
                }
                int value = self.at((int) at);
                self.delItem(PyInt.of(at));
                return PyInt.of(value);
            };
            case "remove" -> (args, kwargs) -> {
                int b = PyBytes.byteValue(ArgumentCheck.one("bytearray.remove", args, kwargs), "byte must be in range(0, 256)");
                for (int i = 0; i < self.size(); i++) {
                    if (self.at(i) == b) {
                        self.delItem(PyInt.of(i));
                        return PyNone.NONE;
                    }
                }
                throw PythonException.of("ValueError", "value not found in bytearray");
            };
            case "clear" -> (args, kwargs) -> {
                ArgumentCheck.none("bytearray.clear", args, kwargs);
                self.replaceContent(new byte[0]);
                return PyNone.NONE;
            };
            case "reverse" -> (args, kwargs) -> {
                ArgumentCheck.none("bytearray.reverse", args, kwargs);
                byte[] content = self.toArray();
                for (int i = 0, j = content.length - 1; i < j; i++, j--) {
                    byte t = content[i];
                    content[i] = content[j];
                    content[j] = t;
                }
                self.replaceContent(content);
                return PyNone.NONE;
            };
            case "copy" -> (args, kwargs) -> {
                ArgumentCheck.none("bytearray.copy", args, kwargs);
                return PyBytes.bytearray(self.toArray());
            };
            default -> null;
        };
    }
}
