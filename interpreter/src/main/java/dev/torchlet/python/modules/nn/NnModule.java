package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.modules.optim.GradientClippingFunctions;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyType;

/** {@code torch.nn}: Module, Parameter, the layers and containers (Sequential, ModuleList, ModuleDict), and the functional, init and utils submodules. */
public final class NnModule {
    private NnModule() {
    }

    /** {@code nn.Parameter(data=None, requires_grad=True)}: shares data's memory, a leaf of its own. */
    public static final PyType PARAMETER = PyType.registerBuiltin("Parameter", null, (args, kwargs) -> {
        Params p = Params.parse("Parameter", args, kwargs, "data", "requires_grad");
        Tensor data = p.has("data") ? p.tensor("data") : Torch.zeros(0);
        Tensor leaf = data.detach();
        leaf.requiresGrad_(p.flag("requires_grad", true));
        return new PyParameter(leaf);
    });

    public static PyModule create() {
        PyModule nn = new PyModule("torch.nn");
        PyModule functional = FunctionalModule.create();
        nn.define("functional", functional);
        nn.define("init", InitModule.create());
        nn.define("Module", ModuleType.MODULE);
        nn.define("Parameter", PARAMETER);
        nn.define("Sequential", Containers.sequential());
        nn.define("ModuleList", Containers.moduleList());
        nn.define("ModuleDict", Containers.moduleDict());
        Layers.define(nn, functional);
        ConvLayers.defineFunctional(functional);
        ConvLayers.define(nn, functional);
        PoolingLayers.defineFunctional(functional);
        PoolingLayers.define(nn, functional);
        TransposedConvLayers.defineFunctional(functional);
        TransposedConvLayers.define(nn, functional);
        BilinearLayer.defineFunctional(functional);
        BilinearLayer.define(nn, functional);
        BatchNormLayers.defineFunctional(functional);
        BatchNormLayers.define(nn, functional);
        RecurrentLayers.define(nn);
        NormalizationLayers.defineFunctional(functional);
        NormalizationLayers.define(nn, functional);
        Pooling1dLayers.defineFunctional(functional);
        Pooling1dLayers.define(nn, functional);
        InstanceNormLayers.defineFunctional(functional);
        InstanceNormLayers.define(nn, functional);
        LazyLayers.define(nn, functional);
        nn.define("utils", utils());
        return nn;
    }

    /** {@code torch.nn.utils}: gradient clipping. */
    private static PyModule utils() {
        PyModule utils = new PyModule("torch.nn.utils");
        utils.define("clip_grad_norm_", GradientClippingFunctions.clipGradNorm());
        utils.define("clip_grad_value_", GradientClippingFunctions.clipGradValue());
        return utils;
    }

    /** The nn functions torch also offers at top level ({@code torch.softmax(x, dim)}), the same objects as F's. */
    public static void defineTorchFunctions(PyModule torch) {
        PyModule functional = (PyModule) ((PyModule) torch.getAttribute("nn")).getAttribute("functional");
        for (String name : new String[] {"softmax", "log_softmax"}) {
            torch.define(name, functional.getAttribute(name));
        }
    }
}
