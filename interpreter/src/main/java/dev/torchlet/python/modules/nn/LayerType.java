package dev.torchlet.python.modules.nn;

import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One built-in layer class (a Java subclass of nn.Module that Python can subclass in turn):
 * its constructor parameters and defaults, which become attributes, an optional setup step
 * (parameters, buffers), its extra_repr, and a forward that calls the torch.nn.functional
 * function with the layer's attributes as keywords — how PyTorch's own layers are written.
 */
final class LayerType {
    interface Setup {
        void run(PyInstance self, Params p);
    }

    interface ExtraRepr {
        String of(PyInstance self);
    }

    private final String name;
    private final String modulePath;
    private final List<String> params = new ArrayList<>();
    private final Map<String, PyObject> defaults = new LinkedHashMap<>();
    private final List<String> stored = new ArrayList<>();
    private Setup setup = (self, p) -> { };
    private ExtraRepr extraRepr = self -> "";
    private String functional;
    private int tensorArguments = 1;
    private final List<String> forwardKeywords = new ArrayList<>();

    private LayerType(String name, String modulePath) {
        this.name = name;
        this.modulePath = modulePath;
    }

    static LayerType named(String name, String modulePath) {
        return new LayerType(name, modulePath);
    }

    /** A required constructor parameter kept as an attribute. */
    LayerType required(String param) {
        params.add(param);
        stored.add(param);
        return this;
    }

    /** An optional constructor parameter kept as an attribute. */
    LayerType optional(String param, PyObject otherwise) {
        params.add(param);
        defaults.put(param, otherwise);
        stored.add(param);
        return this;
    }

    /** A constructor parameter the setup step reads (not kept as an attribute). */
    LayerType accepted(String param, PyObject otherwise) {
        params.add(param);
        defaults.put(param, otherwise);
        return this;
    }

    LayerType setup(Setup step) {
        setup = step;
        return this;
    }

    LayerType extraRepr(ExtraRepr text) {
        extraRepr = text;
        return this;
    }

    /** forward(tensors…) = F.function(tensors…, keyword=self.keyword…); "attribute->keyword" passes an attribute under another name. */
    LayerType forward(String function, int tensors, String... keywords) {
        functional = function;
        tensorArguments = tensors;
        forwardKeywords.addAll(List.of(keywords));
        return this;
    }

    PyType build(PyModule functionalModule) {
        PyType type = PyType.nativeClass(name, modulePath, ModuleType.MODULE);
        type.namespace().put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__init__");
            ModuleType.initialize(self);
            Params p = Params.parse("__init__", args.subList(1, args.size()), kwargs, params.toArray(new String[0]));
            for (String param : params) {
                if (!defaults.containsKey(param) && !p.has(param)) {
                    throw PythonException.of("TypeError", "__init__() missing 1 required positional argument: '" + param + "'");
                }
            }
            for (String attribute : stored) {
                PyObject given = p.get(attribute); // an explicit None stays None (momentum=None)
                ModuleType.setAttribute(self, attribute, given != null ? given : defaults.get(attribute));
            }
            setup.run(self, p);
            return PyNone.NONE;
        }));
        type.namespace().put("extra_repr", new NativeMethod("extra_repr", (args, kwargs) ->
                new PyStr(extraRepr.of(ModuleType.self(args, "extra_repr")))));
        if (functional != null) {
            type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
                PyInstance self = ModuleType.self(args, "forward");
                if (args.size() - 1 != tensorArguments || !kwargs.isEmpty()) {
                    throw PythonException.of("TypeError", "forward() takes " + (tensorArguments + 1) + " positional arguments but "
                            + args.size() + " were given");
                }
                Map<String, PyObject> keywords = new LinkedHashMap<>();
                for (String keyword : forwardKeywords) {
                    String[] renamed = keyword.split("->");
                    keywords.put(renamed[renamed.length - 1], self.getAttribute(renamed[0]));
                }
                return functionalModule.getAttribute(functional).call(args.subList(1, args.size()), keywords);
            }));
        }
        return type;
    }

    /** {@code value} as Python's str() shows it inside an extra_repr. */
    static String attr(PyInstance self, String name) {
        return self.getAttribute(name).str();
    }
}
