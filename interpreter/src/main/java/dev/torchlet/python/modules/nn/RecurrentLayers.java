package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.nn.Recurrent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * nn.RNN / LSTM / GRU and nn.RNNCell / LSTMCell / GRUCell: PyTorch 1.13's RNNBase and RNNCellBase
 * (parameter names and order, seeded init, argument checks, unbatched input, repr); the
 * computation is the engine's {@link Recurrent}.
 */
final class RecurrentLayers {
    private RecurrentLayers() {
    }

    private static final String MODULE_PATH = "torch.nn.modules.rnn";

    static void define(PyModule nn) {
        nn.define("RNN", network("RNN", true));
        nn.define("LSTM", network("LSTM", false));
        nn.define("GRU", network("GRU", false));
        nn.define("RNNCell", cell("RNNCell", true));
        nn.define("LSTMCell", cell("LSTMCell", false));
        nn.define("GRUCell", cell("GRUCell", false));
    }

    // ---- RNN / LSTM / GRU ----

    private static PyType network(String name, boolean simple) {
        LayerType layer = LayerType.named(name, MODULE_PATH).required("input_size").required("hidden_size")
                .optional("num_layers", PyInt.of(1));
        layer.optional("bias", PyBool.TRUE).optional("batch_first", PyBool.FALSE).optional("dropout", new PyFloat(0.0))
                .optional("bidirectional", PyBool.FALSE).optional("proj_size", PyInt.of(0))
                .accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE);
        if (simple) {
            // PyTorch 1.13's RNN pops nonlinearity from the keywords only; a 4th positional argument is bias
            layer.optional("nonlinearity", new PyStr("tanh"));
        }
        layer
                .setup((self, p) -> networkSetup(self, p, name))
                .extraRepr(RecurrentLayers::networkRepr);
        PyType type = layer.build(null);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            Params p = Params.parse("forward", args.subList(1, args.size()), kwargs, "input", "hx");
            if (!(p.get("input") instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() missing 1 required positional argument: 'input'");
            }
            return networkForward(self, input.tensor(), p.has("hx") ? p.get("hx") : null);
        }));
        type.namespace().put("flatten_parameters", new NativeMethod("flatten_parameters", (args, kwargs) -> PyNone.NONE));
        return type;
    }

    private static Recurrent.Mode mode(PyInstance self) {
        return modeNamed(self.getAttribute("mode").str());
    }

    /** PyTorch's mode strings, by a switch: enum lookup by name leans on reflection metadata in TeaVM. */
    private static Recurrent.Mode modeNamed(String mode) {
        return switch (mode) {
            case "RNN_RELU" -> Recurrent.Mode.RNN_RELU;
            case "LSTM" -> Recurrent.Mode.LSTM;
            case "GRU" -> Recurrent.Mode.GRU;
            default -> Recurrent.Mode.RNN_TANH;
        };
    }

    private static void networkSetup(PyInstance self, Params p, String name) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", name + "(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        String mode = name;
        if (name.equals("RNN")) {
            String nonlinearity = self.getAttribute("nonlinearity").str();
            if (!nonlinearity.equals("tanh") && !nonlinearity.equals("relu")) {
                throw PythonException.of("ValueError", "Unknown nonlinearity '" + nonlinearity + "'");
            }
            mode = nonlinearity.equals("tanh") ? "RNN_TANH" : "RNN_RELU";
        }
        double dropout = p.number("dropout", 0.0);
        PyObject given = p.get("dropout");
        if ((given instanceof PyBool) || dropout < 0 || dropout > 1) {
            throw PythonException.of("ValueError", "dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
        }
        int proj = p.integer("proj_size", 0);
        String onlyLstm = "proj_size argument is only supported for LSTM, not RNN or GRU";
        if (proj < 0) {
            throw PythonException.of("ValueError", "proj_size should be a positive integer or zero to disable projections");
        }
        if (proj >= p.longValue("hidden_size")) {
            throw PythonException.of("ValueError", "proj_size has to be smaller than hidden_size");
        }
        if (proj != 0) {
            if (!name.equals("LSTM")) {
                throw PythonException.of("ValueError", onlyLstm);
            }
            throw PythonException.of("NotImplementedError", "LSTM(proj_size=) is not supported by Torchlet yet");
        }
        self.setDirectly("mode", new PyStr(mode));
        self.setDirectly("dropout", new PyFloat(dropout));
        long input = p.longValue("input_size");
        long hidden = p.longValue("hidden_size");
        long layers = p.integer("num_layers", 1);
        if (hidden <= 0) {
            throw PythonException.of("ValueError", "hidden_size must be greater than zero");
        }
        if (layers <= 0) {
            throw PythonException.of("ValueError", "num_layers must be greater than zero");
        }
        int directions = p.flag("bidirectional", false) ? 2 : 1;
        long gates = modeNamed(mode).gates * hidden;
        List<Tensor> created = new ArrayList<>();
        for (long layer = 0; layer < layers; layer++) {
            for (int dir = 0; dir < directions; dir++) {
                long in = layer == 0 ? input : hidden * directions;
                List<Tensor> tensors = new ArrayList<>(List.of(Torch.zeros(gates, in), Torch.zeros(gates, hidden)));
                if (p.flag("bias", true)) {
                    tensors.add(Torch.zeros(gates));
                    tensors.add(Torch.zeros(gates));
                }
                List<String> names = parameterNames(layer, dir, p.flag("bias", true));
                for (int i = 0; i < tensors.size(); i++) {
                    ModuleType.setAttribute(self, names.get(i), Layers.parameter(tensors.get(i)));
                }
                created.addAll(tensors);
            }
        }
        Recurrent.initialize(created, hidden);
    }

    /** weight_ih_l{k}, weight_hh_l{k}, bias_ih_l{k}, bias_hh_l{k}, with "_reverse" for the backward direction. */
    private static List<String> parameterNames(long layer, int dir, boolean bias) {
        String suffix = "_l" + layer + (dir == 1 ? "_reverse" : "");
        List<String> names = new ArrayList<>(List.of("weight_ih" + suffix, "weight_hh" + suffix));
        if (bias) {
            names.add("bias_ih" + suffix);
            names.add("bias_hh" + suffix);
        }
        return names;
    }

    /** RNNBase.extra_repr: only the settings that differ from their defaults. */
    private static String networkRepr(PyInstance self) {
        StringBuilder s = new StringBuilder(LayerType.attr(self, "input_size") + ", " + LayerType.attr(self, "hidden_size"));
        if (!LayerType.attr(self, "num_layers").equals("1")) {
            s.append(", num_layers=").append(LayerType.attr(self, "num_layers"));
        }
        if (self.getAttribute("bias") != PyBool.TRUE) {
            s.append(", bias=").append(LayerType.attr(self, "bias"));
        }
        if (self.getAttribute("batch_first") != PyBool.FALSE) {
            s.append(", batch_first=").append(LayerType.attr(self, "batch_first"));
        }
        if (floatAttr(self, "dropout") != 0) {
            s.append(", dropout=").append(LayerType.attr(self, "dropout"));
        }
        if (self.getAttribute("bidirectional") != PyBool.FALSE) {
            s.append(", bidirectional=").append(LayerType.attr(self, "bidirectional"));
        }
        return s.toString();
    }

    /** An attribute a user may have reassigned, read as Python would (a TypeError, never a Java cast failure). */
    private static long intAttr(PyInstance self, String name) {
        return Params.parse(name, List.of(self.getAttribute(name)), Map.of(), name).longValue(name);
    }

    private static double floatAttr(PyInstance self, String name) {
        return Params.parse(name, List.of(self.getAttribute(name)), Map.of(), name).number(name, 0.0);
    }

    private static Tensor parameterTensor(PyInstance self, String name) {
        if (self.getAttribute(name) instanceof PyTensor t) {
            return t.tensor();
        }
        return null;
    }

    /** RNNBase.forward / LSTM.forward: unbatched input, default zero states, PyTorch's checks and messages. */
    private static PyObject networkForward(PyInstance self, Tensor input, PyObject hx) {
        Recurrent.Mode mode = mode(self);
        boolean lstm = mode == Recurrent.Mode.LSTM;
        boolean batchFirst = self.getAttribute("batch_first").isTruthy();
        boolean batched = input.dim() == 3;
        int batchDim = batchFirst ? 0 : 1;
        long layers = intAttr(self, "num_layers");
        int directions = self.getAttribute("bidirectional").isTruthy() ? 2 : 1;
        long hiddenSize = intAttr(self, "hidden_size");
        if (!batched) {
            input = ShapeOps.unsqueeze(input, batchDim); // 1.13 reads anything not 3-D as unbatched, then checks for 3-D
        }
        Tensor[] states = hiddenStates(hx, lstm, batched);
        if (input.dim() != 3) {
            throw PythonException.of("RuntimeError", "input must have 3 dimensions, got " + input.dim());
        }
        long inputSize = intAttr(self, "input_size");
        if (input.size(-1) != inputSize) {
            throw PythonException.of("RuntimeError", "input.size(-1) must be equal to input_size. Expected " + inputSize + ", got "
                    + input.size(-1));
        }
        long batch = input.size(batchFirst ? 0 : 1);
        if (states == null) {
            states = new Tensor[lstm ? 2 : 1];
            for (int k = 0; k < states.length; k++) {
                states[k] = Torch.full(new long[] {layers * directions, batch, hiddenSize}, Scalar.of(0L), input.dtype(), input.device());
            }
        }
        String expected = "(" + layers * directions + ", " + batch + ", " + hiddenSize + ")";
        for (int k = 0; k < states.length; k++) {
            Tensor s = states[k];
            if (s.dim() != 3 || s.size(0) != layers * directions || s.size(1) != batch || s.size(2) != hiddenSize) {
                throw PythonException.of("RuntimeError", "Expected hidden" + (lstm ? "[" + k + "]" : "") + " size " + expected
                        + ", got " + sizeList(s));
            }
        }
        boolean bias = self.getAttribute("bias").isTruthy();
        List<Tensor> weights = new ArrayList<>();
        for (long layer = 0; layer < layers; layer++) {
            for (int dir = 0; dir < directions; dir++) {
                for (String n : parameterNames(layer, dir, bias)) {
                    weights.add(parameterTensor(self, n));
                }
            }
        }
        Tensor[] result = Recurrent.forward(mode, input, states, weights, bias, (int) layers, directions == 2,
                floatAttr(self, "dropout"), self.getAttribute("training").isTruthy(), batchFirst);
        if (!batched) {
            result[0] = ShapeOps.squeeze(result[0], batchDim);
            for (int k = 1; k < result.length; k++) {
                result[k] = ShapeOps.squeeze(result[k], 1);
            }
        }
        PyObject hidden = lstm ? PySequence.tuple(List.of(new PyTensor(result[1]), new PyTensor(result[2]))) : new PyTensor(result[1]);
        return PySequence.tuple(List.of(new PyTensor(result[0]), hidden));
    }

    /** The given h0 (or (h0, c0)) as 3-D tensors, or null when none was given. */
    private static Tensor[] hiddenStates(PyObject hx, boolean lstm, boolean batched) {
        if (hx == null) {
            return null;
        }
        List<PyObject> given;
        if (lstm) {
            if (!(hx instanceof PySequence seq) || seq.items().size() != 2) {
                throw PythonException.of("RuntimeError", "LSTM expects hx to be a tuple (h_0, c_0)");
            }
            given = seq.items();
        } else {
            given = List.of(hx);
        }
        Tensor[] states = new Tensor[given.size()];
        for (int k = 0; k < states.length; k++) {
            if (!(given.get(k) instanceof PyTensor t)) {
                throw PythonException.of("TypeError", "hx must be a Tensor, not " + given.get(k).typeName());
            }
            int want = batched ? 3 : 2;
            if (t.tensor().dim() != want) {
                String what = (lstm ? "hx and cx" : "hx") + " should also be " + want + "-D";
                throw PythonException.of("RuntimeError", "For " + (batched ? "batched 3-D" : "unbatched 2-D") + " input, " + what
                        + " but got " + (lstm ? "(" + dims(given) + ") tensors" : t.tensor().dim() + "-D tensor"));
            }
            states[k] = batched ? t.tensor() : ShapeOps.unsqueeze(t.tensor(), 1);
        }
        return states;
    }

    private static String dims(List<PyObject> given) {
        StringBuilder s = new StringBuilder();
        for (PyObject g : given) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(g instanceof PyTensor t ? t.tensor().dim() + "-D" : "?");
        }
        return s.toString();
    }

    private static String sizeList(Tensor t) {
        StringBuilder s = new StringBuilder("[");
        for (int d = 0; d < t.dim(); d++) {
            s.append(d > 0 ? ", " : "").append(t.size(d));
        }
        return s.append("]").toString();
    }

    // ---- RNNCell / LSTMCell / GRUCell ----

    private static PyType cell(String name, boolean simple) {
        LayerType layer = LayerType.named(name, MODULE_PATH).required("input_size").required("hidden_size")
                .optional("bias", PyBool.TRUE);
        if (simple) {
            layer.optional("nonlinearity", new PyStr("tanh"));
        }
        layer.accepted("device", PyNone.NONE).accepted("dtype", PyNone.NONE)
                .setup((self, p) -> cellSetup(self, p, name))
                .extraRepr(self -> {
                    String s = LayerType.attr(self, "input_size") + ", " + LayerType.attr(self, "hidden_size");
                    if (self.getAttribute("bias") != PyBool.TRUE) {
                        s += ", bias=" + LayerType.attr(self, "bias");
                    }
                    if (simple && !LayerType.attr(self, "nonlinearity").equals("tanh")) {
                        s += ", nonlinearity=" + LayerType.attr(self, "nonlinearity");
                    }
                    return s;
                });
        PyType type = layer.build(null);
        type.namespace().put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            Params p = Params.parse("forward", args.subList(1, args.size()), kwargs, "input", "hx");
            if (!(p.get("input") instanceof PyTensor input)) {
                throw PythonException.of("TypeError", "forward() missing 1 required positional argument: 'input'");
            }
            return cellForward(self, name, input.tensor(), p.has("hx") ? p.get("hx") : null);
        }));
        return type;
    }

    private static Recurrent.Mode cellMode(PyInstance self, String name) {
        return switch (name) {
            case "LSTMCell" -> Recurrent.Mode.LSTM;
            case "GRUCell" -> Recurrent.Mode.GRU;
            default -> LayerType.attr(self, "nonlinearity").equals("relu") ? Recurrent.Mode.RNN_RELU : Recurrent.Mode.RNN_TANH;
        };
    }

    private static void cellSetup(PyInstance self, Params p, String name) {
        if (p.has("dtype") || (p.has("device") && !p.get("device").str().equals("cpu"))) {
            throw PythonException.of("NotImplementedError", name + "(device=, dtype=) is not supported by Torchlet yet; use .to()");
        }
        long input = p.longValue("input_size");
        long hidden = p.longValue("hidden_size");
        long gates = cellMode(self, name).gates * hidden;
        List<Tensor> created = new ArrayList<>(List.of(Torch.zeros(gates, input), Torch.zeros(gates, hidden)));
        ModuleType.setAttribute(self, "weight_ih", Layers.parameter(created.get(0)));
        ModuleType.setAttribute(self, "weight_hh", Layers.parameter(created.get(1)));
        if (p.flag("bias", true)) {
            created.add(Torch.zeros(gates));
            created.add(Torch.zeros(gates));
            ModuleType.setAttribute(self, "bias_ih", Layers.parameter(created.get(2)));
            ModuleType.setAttribute(self, "bias_hh", Layers.parameter(created.get(3)));
        } else {
            for (String n : new String[] {"bias_ih", "bias_hh"}) {
                self.getAttribute("register_parameter").call(List.of(new PyStr(n), PyNone.NONE), Map.of());
            }
        }
        Recurrent.initialize(created, hidden);
    }

    /** RNNCellBase.forward: 1-D input is one unbatched step; a missing state starts at zero. */
    private static PyObject cellForward(PyInstance self, String name, Tensor input, PyObject hx) {
        Recurrent.Mode mode = cellMode(self, name);
        boolean lstm = mode == Recurrent.Mode.LSTM;
        if (input.dim() != 1 && input.dim() != 2) {
            throw PythonException.of("AssertionError", name + ": Expected input to be 1-D or 2-D but received " + input.dim() + "-D tensor");
        }
        boolean batched = input.dim() == 2;
        if (!batched) {
            input = ShapeOps.unsqueeze(input, 0);
        }
        long hiddenSize = intAttr(self, "hidden_size");
        Tensor[] states = new Tensor[lstm ? 2 : 1];
        List<PyObject> given = hx == null ? null : lstm && hx instanceof PySequence seq ? seq.items() : List.of(hx);
        for (int k = 0; k < states.length; k++) {
            if (given == null) {
                states[k] = Torch.full(new long[] {input.size(0), hiddenSize}, Scalar.of(0L), input.dtype(), input.device());
            } else if (k < given.size() && given.get(k) instanceof PyTensor t) {
                states[k] = batched ? t.tensor() : ShapeOps.unsqueeze(t.tensor(), 0);
            } else {
                throw PythonException.of("TypeError", name + " expects hx to be " + (lstm ? "a tuple (h_0, c_0)" : "a Tensor"));
            }
        }
        long inputSize = intAttr(self, "input_size");
        if (input.size(1) != inputSize) {
            throw PythonException.of("RuntimeError", "input has inconsistent input_size: got " + input.size(1) + " expected " + inputSize);
        }
        Tensor[] result = Recurrent.cell(mode, input, states, parameterTensor(self, "weight_ih"), parameterTensor(self, "weight_hh"),
                parameterTensor(self, "bias_ih"), parameterTensor(self, "bias_hh"));
        for (int k = 0; k < result.length && !batched; k++) {
            result[k] = ShapeOps.squeeze(result[k], 0);
        }
        return lstm ? PySequence.tuple(List.of(new PyTensor(result[0]), new PyTensor(result[1]))) : new PyTensor(result[0]);
    }
}
