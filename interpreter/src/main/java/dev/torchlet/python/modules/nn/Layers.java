package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** The built-in layers of torch.nn (linear, activations, flatten, dropout, losses), as one table. */
final class Layers {
    private Layers() {
    }

    private static final String ACTIVATION = "torch.nn.modules.activation";
    private static final String LOSS = "torch.nn.modules.loss";
    private static final String UPSAMPLING = "torch.nn.modules.upsampling";
    private static final String DISTANCE = "torch.nn.modules.distance";

    static void define(PyModule nn, PyModule functional) {
        List<LayerType> layers = List.of(
                LayerType.named("Linear", "torch.nn.modules.linear")
                        .required("in_features").required("out_features")
                        .accepted("bias", PyBool.TRUE).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                        .setup(Layers::linearParameters)
                        .extraRepr(self -> "in_features=" + LayerType.attr(self, "in_features") + ", out_features="
                                + LayerType.attr(self, "out_features") + ", bias=" + (self.getAttribute("bias") != PyNone.NONE ? "True" : "False"))
                        .forward("linear", 1, "weight", "bias"),
                LayerType.named("ReLU", ACTIVATION).optional("inplace", PyBool.FALSE)
                        .extraRepr(Layers::inplaceOnly).forward("relu", 1, "inplace"),
                LayerType.named("Sigmoid", ACTIVATION).forward("sigmoid", 1),
                LayerType.named("Tanh", ACTIVATION).forward("tanh", 1),
                LayerType.named("Softmax", ACTIVATION).optional("dim", PyNone.NONE)
                        .extraRepr(self -> "dim=" + LayerType.attr(self, "dim")).forward("softmax", 1, "dim"),
                LayerType.named("LogSoftmax", ACTIVATION).optional("dim", PyNone.NONE)
                        .extraRepr(self -> "dim=" + LayerType.attr(self, "dim")).forward("log_softmax", 1, "dim"),
                LayerType.named("LeakyReLU", ACTIVATION).optional("negative_slope", new PyFloat(0.01)).optional("inplace", PyBool.FALSE)
                        .extraRepr(self -> "negative_slope=" + LayerType.attr(self, "negative_slope") + inplaceSuffix(self))
                        .forward("leaky_relu", 1, "negative_slope", "inplace"),
                LayerType.named("ELU", ACTIVATION).optional("alpha", new PyFloat(1.0)).optional("inplace", PyBool.FALSE)
                        .extraRepr(self -> "alpha=" + LayerType.attr(self, "alpha") + inplaceSuffix(self))
                        .forward("elu", 1, "alpha", "inplace"),
                LayerType.named("GELU", ACTIVATION).optional("approximate", new PyStr("none"))
                        .extraRepr(self -> "approximate=" + self.getAttribute("approximate").repr()).forward("gelu", 1, "approximate"),
                LayerType.named("SiLU", ACTIVATION).optional("inplace", PyBool.FALSE)
                        .extraRepr(Layers::inplaceOnly).forward("silu", 1, "inplace"),
                LayerType.named("Mish", ACTIVATION).optional("inplace", PyBool.FALSE)
                        .extraRepr(Layers::inplaceOnly).forward("mish", 1, "inplace"),
                // PyTorch 1.13's Hardswish and Hardsigmoid print no extra_repr, inplace or not.
                LayerType.named("Hardswish", ACTIVATION).optional("inplace", PyBool.FALSE).forward("hardswish", 1, "inplace"),
                LayerType.named("Hardsigmoid", ACTIVATION).optional("inplace", PyBool.FALSE).forward("hardsigmoid", 1, "inplace"),
                LayerType.named("Hardtanh", ACTIVATION).optional("min_val", new PyFloat(-1.0)).optional("max_val", new PyFloat(1.0))
                        .optional("inplace", PyBool.FALSE)
                        .extraRepr(self -> "min_val=" + LayerType.attr(self, "min_val") + ", max_val=" + LayerType.attr(self, "max_val")
                                + inplaceSuffix(self))
                        .forward("hardtanh", 1, "min_val", "max_val", "inplace"),
                LayerType.named("ReLU6", ACTIVATION).optional("inplace", PyBool.FALSE)
                        .extraRepr(Layers::inplaceOnly).forward("relu6", 1, "inplace"),
                LayerType.named("SELU", ACTIVATION).optional("inplace", PyBool.FALSE)
                        .extraRepr(Layers::inplaceOnly).forward("selu", 1, "inplace"),
                LayerType.named("Softplus", ACTIVATION).optional("beta", PyInt.of(1)).optional("threshold", PyInt.of(20))
                        .extraRepr(self -> "beta=" + LayerType.attr(self, "beta") + ", threshold=" + LayerType.attr(self, "threshold"))
                        .forward("softplus", 1, "beta", "threshold"),
                dropout("Dropout").forward("dropout", 1, "p", "training", "inplace"),
                dropout("Dropout1d").forward("dropout1d", 1, "p", "training", "inplace"),
                dropout("Dropout2d").forward("dropout2d", 1, "p", "training", "inplace"),
                dropout("Dropout3d").forward("dropout3d", 1, "p", "training", "inplace"),
                LayerType.named("PReLU", ACTIVATION).optional("num_parameters", PyInt.of(1)).accepted("init", new PyFloat(0.25))
                        .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                        .setup((self, p) -> {
                            // PyTorch: weight = Parameter(torch.empty(num_parameters).fill_(init))
                            Tensor weight = dev.torchlet.engine.Torch.zeros(p.integer("num_parameters", 1));
                            weight.fill_(dev.torchlet.engine.Scalar.of(p.number("init", 0.25)));
                            ModuleType.setAttribute(self, "weight", parameter(weight));
                        })
                        .extraRepr(self -> "num_parameters=" + LayerType.attr(self, "num_parameters"))
                        .forward("prelu", 1, "weight"),
                LayerType.named("CosineSimilarity", DISTANCE).optional("dim", PyInt.of(1)).optional("eps", new PyFloat(1e-8))
                        .forward("cosine_similarity", 2, "dim", "eps"),
                // PairwiseDistance keeps its p as the attribute "norm".
                LayerType.named("PairwiseDistance", DISTANCE).accepted("p", new PyFloat(2.0)).optional("eps", new PyFloat(1e-6))
                        .optional("keepdim", PyBool.FALSE)
                        .setup((self, p) -> ModuleType.setAttribute(self, "norm", p.has("p") ? p.get("p") : new PyFloat(2.0)))
                        .forward("pairwise_distance", 2, "norm->p", "eps", "keepdim"),
                loss("MSELoss").forward("mse_loss", 2, "reduction"),
                loss("L1Loss").forward("l1_loss", 2, "reduction"),
                loss("SmoothL1Loss").optional("beta", new PyFloat(1.0)).forward("smooth_l1_loss", 2, "reduction", "beta"),
                LayerType.named("HuberLoss", LOSS).accepted("reduction", new PyStr("mean")).optional("delta", new PyFloat(1.0))
                        .setup(Layers::lossSetup).forward("huber_loss", 2, "reduction", "delta"),
                weightedLoss("NLLLoss").optional("ignore_index", PyInt.of(-100)).forward("nll_loss", 2, "weight", "ignore_index", "reduction"),
                weightedLoss("CrossEntropyLoss").optional("ignore_index", PyInt.of(-100)).optional("label_smoothing", new PyFloat(0.0))
                        .forward("cross_entropy", 2, "weight", "ignore_index", "reduction", "label_smoothing"),
                weightedLoss("BCELoss").forward("binary_cross_entropy", 2, "weight", "reduction"),
                weightedLoss("BCEWithLogitsLoss").accepted("pos_weight", PyNone.NONE)
                        .setup((self, p) -> {
                            weightedLossSetup(self, p);
                            registerBuffer(self, "pos_weight", p);
                        })
                        .forward("binary_cross_entropy_with_logits", 2, "weight", "reduction", "pos_weight"),
                // KLDivLoss keeps any reduction name ('batchmean' too); F.kl_div checks it.
                LayerType.named("KLDivLoss", LOSS).accepted("size_average", PyNone.NONE).accepted("reduce", PyNone.NONE)
                        .accepted("reduction", new PyStr("mean")).optional("log_target", PyBool.FALSE)
                        .setup((self, p) -> self.setDirectly("reduction", new PyStr(FunctionalModule.klDivReduction(p))))
                        .forward("kl_div", 2, "reduction", "log_target"),
                upsampling(LayerType.named("Upsample", UPSAMPLING).optional("size", PyNone.NONE)
                        .optional("scale_factor", PyNone.NONE).optional("mode", new PyStr("nearest"))
                        .optional("align_corners", PyNone.NONE).optional("recompute_scale_factor", PyNone.NONE), null, null),
                upsampling(LayerType.named("UpsamplingNearest2d", UPSAMPLING).optional("size", PyNone.NONE)
                        .optional("scale_factor", PyNone.NONE), "nearest", PyNone.NONE),
                upsampling(LayerType.named("UpsamplingBilinear2d", UPSAMPLING).optional("size", PyNone.NONE)
                        .optional("scale_factor", PyNone.NONE), "bilinear", PyBool.TRUE));
        for (LayerType layer : layers) {
            PyType type = layer.build(functional);
            nn.define(type.name(), type);
        }
        nn.define("Embedding", LayerType.named("Embedding", "torch.nn.modules.sparse")
                .required("num_embeddings").required("embedding_dim").accepted("padding_idx", PyNone.NONE)
                .accepted("max_norm", PyNone.NONE).optional("norm_type", new PyFloat(2.0)).optional("scale_grad_by_freq", PyBool.FALSE)
                .optional("sparse", PyBool.FALSE).accepted("_weight", PyNone.NONE).accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup(Layers::embeddingSetup)
                .extraRepr(self -> LayerType.attr(self, "num_embeddings") + ", " + LayerType.attr(self, "embedding_dim")
                        + (self.getAttribute("padding_idx") == PyNone.NONE ? "" : ", padding_idx=" + LayerType.attr(self, "padding_idx")))
                .forward("embedding", 1, "weight", "padding_idx")
                .build(functional));
        nn.define("Identity", identity());
        nn.define("Flatten", flatten());
        nn.define("Unflatten", unflatten());
    }

    /** _DropoutNd: p checked at construction, repr "p=…, inplace=…". */
    private static LayerType dropout(String name) {
        return LayerType.named(name, "torch.nn.modules.dropout").optional("p", new PyFloat(0.5)).optional("inplace", PyBool.FALSE)
                .setup((self, p) -> {
                    double probability = p.number("p", 0.5);
                    if (probability < 0 || probability > 1) {
                        throw PythonException.of("ValueError", "dropout probability has to be between 0 and 1, but got "
                                + self.getAttribute("p").str());
                    }
                })
                .extraRepr(self -> "p=" + LayerType.attr(self, "p") + ", inplace=" + LayerType.attr(self, "inplace"));
    }

    private static String inplaceOnly(PyInstance self) {
        return self.getAttribute("inplace").isTruthy() ? "inplace=True" : "";
    }

    private static String inplaceSuffix(PyInstance self) {
        return self.getAttribute("inplace").isTruthy() ? ", inplace=True" : "";
    }

    /** PyTorch's nn.Linear: weight [out, in] by kaiming_uniform_(a=√5), then bias U(±1/√in), from the global generator. */
    private static void linearParameters(PyInstance self, Params p) {
        long in = p.longValue("in_features");
        long out = p.longValue("out_features");
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", "Linear(device=, dtype=) is not supported by Torchlet yet; use .to() or .double()");
        }
        boolean bias = p.flag("bias", true);
        Tensor[] parameters = Linear.initialParameters(in, out, bias);
        ModuleType.setAttribute(self, "weight", parameter(parameters[0]));
        if (bias) {
            ModuleType.setAttribute(self, "bias", parameter(parameters[1]));
        } else {
            self.getAttribute("register_parameter").call(List.of(new PyStr("bias"), PyNone.NONE), Map.of());
        }
    }

    /** nn.Embedding: weight N(0, 1) from the global generator, the padding row zeroed; a negative padding_idx counts from the end. */
    private static void embeddingSetup(PyInstance self, Params p) {
        long rows = p.longValue("num_embeddings");
        long dim = p.longValue("embedding_dim");
        if (p.has("max_norm") || p.flag("scale_grad_by_freq", false) || p.flag("sparse", false) || p.has("_weight")
                || p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError",
                    "Embedding(max_norm=, scale_grad_by_freq=, sparse=, _weight=, device=, dtype=) is not supported by Torchlet yet");
        }
        PyObject padding = PyNone.NONE;
        if (p.has("padding_idx")) {
            long idx = p.longValue("padding_idx");
            if (idx >= rows || idx < -rows) {
                throw PythonException.of("AssertionError", "Padding_idx must be within num_embeddings");
            }
            padding = PyInt.of(idx < 0 ? idx + rows : idx);
        }
        self.setDirectly("padding_idx", padding);
        self.setDirectly("max_norm", PyNone.NONE);
        Tensor weight = dev.torchlet.engine.Torch.zeros(rows, dim);
        dev.torchlet.engine.nn.Init.normal_(weight, 0, 1);
        if (padding instanceof PyInt i) {
            weight.select(0, i.value()).fill_(dev.torchlet.engine.Scalar.of(0L));
        }
        ModuleType.setAttribute(self, "weight", parameter(weight));
    }

    /**
     * nn.Upsample and its two fixed-mode subclasses (mode null: the constructor's): forward is F.interpolate with
     * the layer's attributes, the repr shows the scale factor (or the size) and the mode.
     */
    private static LayerType upsampling(LayerType layer, String mode, PyObject alignCorners) {
        return layer.setup((self, p) -> {
                    if (mode != null) {
                        self.setDirectly("mode", new PyStr(mode));
                        self.setDirectly("align_corners", alignCorners);
                        self.setDirectly("recompute_scale_factor", PyNone.NONE);
                    }
                    upsampleSetup(self, p);
                })
                .extraRepr(self -> (self.getAttribute("scale_factor") != PyNone.NONE
                        ? "scale_factor=" + self.getAttribute("scale_factor").repr() : "size=" + self.getAttribute("size").repr())
                        + ", mode=" + LayerType.attr(self, "mode"))
                .forward("interpolate", 1, "size", "scale_factor", "mode", "align_corners", "recompute_scale_factor");
    }

    /** nn.Upsample keeps scale_factor as a float (or a tuple of floats), None when not given or zero. */
    private static void upsampleSetup(PyInstance self, Params p) {
        self.setDirectly("name", new PyStr(self.type().name()));
        PyObject factor = p.get("scale_factor");
        if (factor instanceof PySequence seq && seq.isTuple()) {
            List<PyObject> floats = new java.util.ArrayList<>();
            for (PyObject item : seq.items()) {
                floats.add(new PyFloat(Params.parse("Upsample", List.of(item), Map.of(), "scale_factor").number("scale_factor", 0.0)));
            }
            self.setDirectly("scale_factor", PySequence.tuple(floats));
        } else {
            self.setDirectly("scale_factor", factor != null && factor.isTruthy() ? new PyFloat(p.number("scale_factor", 0.0)) : PyNone.NONE);
        }
    }

    static PyParameter parameter(Tensor t) {
        t.requiresGrad_(true);
        return new PyParameter(t);
    }

    /** _Loss: size_average/reduce (deprecated) decide the reduction when given. */
    private static LayerType loss(String name) {
        return LayerType.named(name, LOSS).accepted("size_average", PyNone.NONE).accepted("reduce", PyNone.NONE)
                .accepted("reduction", new PyStr("mean")).setup(Layers::lossSetup);
    }

    /** _WeightedLoss: a class-weight tensor kept as the buffer {@code weight}. */
    private static LayerType weightedLoss(String name) {
        return LayerType.named(name, LOSS).accepted("weight", PyNone.NONE).accepted("size_average", PyNone.NONE)
                .accepted("reduce", PyNone.NONE).accepted("reduction", new PyStr("mean")).setup(Layers::weightedLossSetup);
    }

    private static void lossSetup(PyInstance self, Params p) {
        self.setDirectly("reduction", new PyStr(FunctionalModule.reduction(p).pytorchName()));
    }

    private static void weightedLossSetup(PyInstance self, Params p) {
        lossSetup(self, p);
        registerBuffer(self, "weight", p);
    }

    private static void registerBuffer(PyInstance self, String name, Params p) {
        self.getAttribute("register_buffer").call(List.of(new PyStr(name), p.has(name) ? p.get(name) : PyNone.NONE), Map.of());
    }

    /** nn.Identity: takes any arguments, returns its input. */
    private static PyType identity() {
        PyType type = PyType.nativeClass("Identity", "torch.nn.modules.linear", ModuleType.MODULE);
        type.namespace().put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            ModuleType.initialize(ModuleType.self(args, "__init__"));
            return PyNone.NONE;
        }));
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            if (args.size() != 2) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            return args.get(1);
        }));
        return type;
    }

    /** nn.Flatten(start_dim=1, end_dim=-1): input.flatten(start_dim, end_dim). */
    private static PyType flatten() {
        PyType type = LayerType.named("Flatten", "torch.nn.modules.flatten")
                .optional("start_dim", PyInt.of(1)).optional("end_dim", PyInt.of(-1))
                .extraRepr(self -> "start_dim=" + LayerType.attr(self, "start_dim") + ", end_dim=" + LayerType.attr(self, "end_dim"))
                .build(null);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2 || !(args.get(1) instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            return input.getAttribute("flatten").call(List.of(self.getAttribute("start_dim"), self.getAttribute("end_dim")), Map.of());
        }));
        return type;
    }

    /** nn.Unflatten(dim, unflattened_size): input.unflatten(dim, sizes), a view (ViewBackward0) as PyTorch's. */
    private static PyType unflatten() {
        PyType type = LayerType.named("Unflatten", "torch.nn.modules.flatten")
                .required("dim").required("unflattened_size")
                .setup((self, p) -> {
                    if (!(p.get("dim") instanceof PyInt) || p.get("dim") instanceof PyBool) {
                        throw PythonException.of(p.get("dim") instanceof PyStr ? "NotImplementedError" : "TypeError",
                                p.get("dim") instanceof PyStr ? "Unflatten with named dimensions is not supported by Torchlet yet"
                                        : "invalid argument type for dim parameter");
                    }
                    PyObject sizes = p.get("unflattened_size");
                    if (!(sizes instanceof PySequence seq)) {
                        throw PythonException.of("TypeError", "unflattened_size must be tuple of ints, but found type "
                                + sizes.typeName());
                    }
                    for (int i = 0; i < seq.items().size(); i++) {
                        if (!(seq.items().get(i) instanceof PyInt)) {
                            throw PythonException.of("TypeError", "unflattened_size must be tuple of ints, but found element of type "
                                    + seq.items().get(i).typeName() + " at pos " + i);
                        }
                    }
                })
                .extraRepr(self -> "dim=" + LayerType.attr(self, "dim") + ", unflattened_size=" + LayerType.attr(self, "unflattened_size"))
                .build(null);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2 || !(args.get(1) instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            Tensor t = input.tensor();
            int dim = (int) Params.parse("unflatten", List.of(self.getAttribute("dim")), Map.of(), "dim").longValue("dim");
            int d = dim < 0 ? dim + t.dim() : dim;
            if (d < 0 || d >= t.dim()) {
                throw PythonException.of("IndexError", "Dimension out of range (expected to be in range of [" + -t.dim() + ", "
                        + (t.dim() - 1) + "], but got " + dim + ")");
            }
            if (!(self.getAttribute("unflattened_size") instanceof PySequence seq)) {
                throw PythonException.of("TypeError", "unflattened_size must be tuple of ints");
            }
            List<PyObject> sizes = seq.items();
            for (PyObject size : sizes) {
                if (!(size instanceof PyInt)) {
                    throw PythonException.of("TypeError", "unflattened_size must be tuple of ints, but found element of type "
                            + size.typeName());
                }
            }
            long[] shape = new long[t.dim() - 1 + sizes.size()];
            int k = 0;
            for (int i = 0; i < t.dim(); i++) {
                if (i == d) {
                    for (PyObject size : sizes) {
                        shape[k++] = ((PyInt) size).value();
                    }
                } else {
                    shape[k++] = t.size(i);
                }
            }
            long product = 1;
            boolean inferred = false;
            StringBuilder listed = new StringBuilder("[");
            for (PyObject size : sizes) {
                long n = ((PyInt) size).value();
                inferred |= n == -1;
                product *= n == -1 ? 1 : n;
                listed.append(listed.length() > 1 ? ", " : "").append(n);
            }
            if (!inferred && product != t.size(d)) {
                throw PythonException.of("RuntimeError", "unflatten: Provided sizes " + listed + "] don't multiply up to the size of dim "
                        + dim + " (" + t.size(d) + ") in the input tensor");
            }
            return new PyTensor(t.view(shape));
        }));
        return type;
    }
}
