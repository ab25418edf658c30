package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.nn.Activations;
import dev.torchlet.engine.nn.Dropout;
import dev.torchlet.engine.nn.KlDivergence;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.engine.nn.Losses;
import dev.torchlet.engine.nn.Normalize;
import dev.torchlet.engine.nn.OneHot;
import dev.torchlet.engine.nn.Padding;
import dev.torchlet.engine.nn.Reduction;
import dev.torchlet.engine.nn.Similarity;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;

/**
 * {@code torch.nn.functional}, bound to the engine's nn ops. The layer classes call these same
 * functions with their attributes as keywords, as PyTorch's layers do.
 */
final class FunctionalModule {
    private FunctionalModule() {
    }

    /** One functional: its Python parameter names and its body over the parsed call. */
    private interface Body {
        Tensor run(Params p);
    }

    private static void define(PyModule module, String name, Body body, String... params) {
        module.define(name, new NativeFunction(name, (args, kwargs) -> {
            Params p = Params.parse(name, args, kwargs, params);
            Tensor result = body.run(p);
            PyObject input = p.get(params[0]);
            // Ops that return their input unchanged (dropout off, inplace ops) give back the same Python object.
            return input instanceof PyTensor t && t.tensor() == result ? input : new PyTensor(result);
        }));
    }

    static PyModule create() {
        PyModule f = new PyModule("torch.nn.functional");
        define(f, "linear", p -> Linear.linear(p.tensor("input"), p.tensor("weight"), optionalTensor(p, "bias")), "input", "weight", "bias");
        f.define("embedding", new NativeFunction("embedding", (args, kwargs) -> {
            Params p = Params.parse("embedding", args, kwargs, "input", "weight", "padding_idx", "max_norm", "norm_type",
                    "scale_grad_by_freq", "sparse");
            if (p.has("max_norm") || p.flag("scale_grad_by_freq", false) || p.flag("sparse", false)) {
                throw PythonException.of("NotImplementedError", "embedding(max_norm=, scale_grad_by_freq=, sparse=) is not supported by Torchlet yet");
            }
            Tensor weight = p.tensor("weight");
            Long padding = null;
            if (p.has("padding_idx")) {
                long idx = p.longValue("padding_idx");
                padding = idx < 0 ? idx + weight.size(0) : idx;
            }
            return new PyTensor(dev.torchlet.engine.nn.Embedding.embedding(p.tensor("input"), weight, padding));
        }));
        define(f, "relu", p -> inPlace(p, p.tensor("input").unary(UnaryOp.RELU)), "input", "inplace");
        define(f, "sigmoid", p -> p.tensor("input").unary(UnaryOp.SIGMOID), "input");
        define(f, "tanh", p -> p.tensor("input").unary(UnaryOp.TANH), "input");
        define(f, "softmax", p -> Activations.softmax(castFor(p), softmaxDim(p)), "input", "dim", "_stacklevel", "dtype");
        define(f, "log_softmax", p -> Activations.logSoftmax(castFor(p), softmaxDim(p)), "input", "dim", "_stacklevel", "dtype");
        define(f, "leaky_relu", p -> inPlace(p, Activations.leakyRelu(p.tensor("input"), p.number("negative_slope", 0.01))),
                "input", "negative_slope", "inplace");
        define(f, "elu", p -> inPlace(p, Activations.elu(p.tensor("input"), p.number("alpha", 1.0))), "input", "alpha", "inplace");
        define(f, "gelu", p -> {
            String approximate = p.has("approximate") ? p.get("approximate").str() : "none";
            if (!approximate.equals("none")) {
                throw PythonException.of("NotImplementedError", "gelu(approximate='" + approximate + "') is not supported by Torchlet yet");
            }
            return Activations.gelu(p.tensor("input"));
        }, "input", "approximate");
        define(f, "hardtanh", p -> inPlace(p, Activations.hardtanh(p.tensor("input"), p.number("min_val", -1.0), p.number("max_val", 1.0))),
                "input", "min_val", "max_val", "inplace");
        define(f, "relu6", p -> inPlace(p, Activations.hardtanh(p.tensor("input"), 0.0, 6.0)), "input", "inplace");
        define(f, "selu", p -> inPlace(p, Activations.selu(p.tensor("input"))), "input", "inplace");
        define(f, "softplus", p -> Activations.softplus(p.tensor("input"), p.number("beta", 1.0), p.number("threshold", 20.0)),
                "input", "beta", "threshold");
        define(f, "silu", p -> inPlace(p, Activations.silu(p.tensor("input"))), "input", "inplace");
        define(f, "mish", p -> inPlace(p, Activations.mish(p.tensor("input"))), "input", "inplace");
        define(f, "hardswish", p -> inPlace(p, Activations.hardswish(p.tensor("input"))), "input", "inplace");
        define(f, "hardsigmoid", p -> inPlace(p, Activations.hardsigmoid(p.tensor("input"))), "input", "inplace");
        define(f, "cosine_similarity", p -> Similarity.cosineSimilarity(p.tensor("x1"), p.tensor("x2"), p.integer("dim", 1),
                p.number("eps", 1e-8)), "x1", "x2", "dim", "eps");
        define(f, "pairwise_distance", p -> Similarity.pairwiseDistance(p.tensor("x1"), p.tensor("x2"), p.number("p", 2.0),
                p.number("eps", 1e-6), p.flag("keepdim", false)), "x1", "x2", "p", "eps", "keepdim");
        define(f, "dropout", p -> Dropout.apply(p.tensor("input"), p.number("p", 0.5), p.flag("training", true), p.flag("inplace", false)),
                "input", "p", "training", "inplace");
        // dropout2d zeroes whole channels; PyTorch 1.13 still reads 3-D input as (N, C, L) here (with a warning)
        define(f, "dropout2d", p -> Dropout.featureDropout(p.tensor("input"), dropoutProbability(p), p.flag("training", true),
                p.flag("inplace", false)), "input", "p", "training", "inplace");
        // dropout1d/3d treat input one dimension short of batched as a single sample
        define(f, "dropout1d", p -> unbatchedFeatureDropout(p, 3, "dropout1d"), "input", "p", "training", "inplace");
        define(f, "dropout3d", p -> unbatchedFeatureDropout(p, 5, "dropout3d"), "input", "p", "training", "inplace");
        define(f, "prelu", p -> Activations.prelu(p.tensor("input"), p.tensor("weight")), "input", "weight");
        define(f, "mse_loss", p -> Losses.mseLoss(p.tensor("input"), p.tensor("target"), reduction(p)),
                "input", "target", "size_average", "reduce", "reduction");
        define(f, "l1_loss", p -> Losses.l1Loss(p.tensor("input"), p.tensor("target"), reduction(p)),
                "input", "target", "size_average", "reduce", "reduction");
        define(f, "smooth_l1_loss", p -> Losses.smoothL1Loss(p.tensor("input"), p.tensor("target"), reduction(p), p.number("beta", 1.0)),
                "input", "target", "size_average", "reduce", "reduction", "beta");
        define(f, "huber_loss", p -> Losses.huberLoss(p.tensor("input"), p.tensor("target"), reduction(p), p.number("delta", 1.0)),
                "input", "target", "reduction", "delta");
        define(f, "nll_loss", p -> Losses.nllLoss(p.tensor("input"), p.tensor("target"), optionalTensor(p, "weight"),
                p.has("ignore_index") ? p.longValue("ignore_index") : -100, reduction(p)),
                "input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction");
        define(f, "cross_entropy", p -> Losses.crossEntropy(p.tensor("input"), p.tensor("target"), optionalTensor(p, "weight"),
                p.has("ignore_index") ? p.longValue("ignore_index") : -100, reduction(p), p.number("label_smoothing", 0.0)),
                "input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing");
        define(f, "binary_cross_entropy", p -> Losses.binaryCrossEntropy(p.tensor("input"), p.tensor("target"),
                optionalTensor(p, "weight"), reduction(p)), "input", "target", "weight", "size_average", "reduce", "reduction");
        define(f, "binary_cross_entropy_with_logits", p -> Losses.binaryCrossEntropyWithLogits(p.tensor("input"), p.tensor("target"),
                optionalTensor(p, "weight"), optionalTensor(p, "pos_weight"), reduction(p)),
                "input", "target", "weight", "size_average", "reduce", "reduction", "pos_weight");
        define(f, "kl_div", p -> KlDivergence.klDiv(p.tensor("input"), p.tensor("target"), klDivReduction(p),
                p.flag("log_target", false)), "input", "target", "size_average", "reduce", "reduction", "log_target");
        define(f, "one_hot", p -> OneHot.oneHot(p.tensor("tensor"), p.has("num_classes") ? p.longValue("num_classes") : -1),
                "tensor", "num_classes");
        define(f, "pad", p -> Padding.pad(p.tensor("input"), padAmounts(p.required("pad")), p.has("mode") ? p.get("mode").str() : "constant",
                p.has("value") ? p.number("value", 0.0) : null), "input", "pad", "mode", "value");
        define(f, "normalize", p -> {
            if (p.has("out")) {
                throw PythonException.of("NotImplementedError", "normalize(out=) is not supported by Torchlet yet");
            }
            return Normalize.normalize(p.tensor("input"), p.number("p", 2.0), p.integer("dim", 1), p.number("eps", 1e-12));
        }, "input", "p", "dim", "eps", "out");
        define(f, "interpolate", InterpolateFunction::interpolate,
                "input", "size", "scale_factor", "mode", "align_corners", "recompute_scale_factor", "antialias");
        // The deprecated spellings (PyTorch warns on stderr, then interpolates).
        define(f, "upsample", InterpolateFunction::interpolate, "input", "size", "scale_factor", "mode", "align_corners");
        define(f, "upsample_nearest", p -> InterpolateFunction.interpolate(p, "nearest", null), "input", "size", "scale_factor");
        define(f, "upsample_bilinear", p -> InterpolateFunction.interpolate(p, "bilinear", true), "input", "size", "scale_factor");
        return f;
    }

    /** kl_div's reduction: the deprecated pair when given, else the name as given ('batchmean' included). */
    static String klDivReduction(Params p) {
        if (p.has("size_average") || p.has("reduce") || !p.has("reduction")) {
            return reduction(p).pytorchName();
        }
        if (!(p.get("reduction") instanceof PyStr s)) {
            throw PythonException.of("TypeError", "reduction must be a string, not " + p.get("reduction").typeName());
        }
        return s.value();
    }

    /** F.pad's {@code pad}: a tuple or list of ints (PyTorch's TypeError names the container otherwise). */
    private static long[] padAmounts(PyObject value) {
        String refused = "pad(): argument 'pad' (position 2) must be tuple of ints, not " + value.typeName();
        if (!(value instanceof PySequence seq)) {
            throw PythonException.of("TypeError", refused);
        }
        long[] amounts = new long[seq.items().size()];
        for (int i = 0; i < amounts.length; i++) {
            if (!(seq.items().get(i) instanceof PyInt n) || seq.items().get(i) instanceof PyBool) {
                throw PythonException.of("TypeError", refused);
            }
            amounts[i] = n.value();
        }
        return amounts;
    }

    private static Tensor optionalTensor(Params p, String name) {
        return p.has(name) ? p.tensor(name) : null;
    }

    /** {@code inplace=True}: the result's values (and history) written into the input itself. */
    private static Tensor inPlace(Params p, Tensor result) {
        return p.flag("inplace", false) ? p.tensor("input").assignInPlace(result) : result;
    }

    private static Tensor castFor(Params p) {
        return p.has("dtype") ? p.tensor("input").to(p.dtype("dtype")) : p.tensor("input");
    }

    /** An explicit dim, or PyTorch's legacy implicit choice (0 for 0-, 1- and 3-D input, else 1). */
    private static int softmaxDim(Params p) {
        if (p.has("dim")) {
            return p.integer("dim", 0);
        }
        int ndim = p.tensor("input").dim();
        return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
    }

    /** {@code reduction=}, or the deprecated {@code size_average=}/{@code reduce=} pair when either is given. */
    static Reduction reduction(Params p) {
        if (p.has("size_average") || p.has("reduce")) {
            boolean sizeAverage = p.flag("size_average", true);
            boolean reduce = p.flag("reduce", true);
            return !reduce ? Reduction.NONE : sizeAverage ? Reduction.MEAN : Reduction.SUM;
        }
        if (!p.has("reduction")) {
            return Reduction.MEAN;
        }
        if (!(p.get("reduction") instanceof PyStr s)) {
            throw PythonException.of("TypeError", "reduction must be a string, not " + p.get("reduction").typeName());
        }
        return Reduction.of(s.value());
    }

    /** F.dropout2d checks p in Python, with its own wording. */
    private static double dropoutProbability(Params p) {
        double probability = p.number("p", 0.5);
        if (probability < 0 || probability > 1) {
            throw PythonException.of("ValueError", "dropout probability has to be between 0 and 1, but got " + p.get("p").str());
        }
        return probability;
    }

    private static Tensor unbatchedFeatureDropout(Params p, int batchedDims, String function) {
        double probability = dropoutProbability(p);
        Tensor input = p.tensor("input");
        if (function.equals("dropout1d") && input.dim() != 2 && input.dim() != 3) {
            throw PythonException.of("RuntimeError", "dropout1d: Expected 2D or 3D input, but received a " + input.dim() + "D input. "
                    + "Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel "
                    + "dimension, and an optional batch dimension (i.e. 2D or 3D inputs).");
        }
        boolean batched = input.dim() == batchedDims;
        Tensor x = batched ? input : dev.torchlet.engine.ShapeOps.unsqueeze(input, 0);
        Tensor result = Dropout.featureDropout(x, probability, p.flag("training", true), p.flag("inplace", false));
        return batched ? result : dev.torchlet.engine.ShapeOps.squeeze(result, 0);
    }
}
